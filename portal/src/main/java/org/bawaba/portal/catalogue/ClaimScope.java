package org.bawaba.portal.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of identity data a relying party may ask the front door for: the front door's client scopes, each
 * with the claims it releases. An application asks for scopes, each with its legal basis; its production client
 * gets exactly the approved scopes, so it receives exactly their claims.
 */
public enum ClaimScope {
    /** Names in Latin script, birth date, gender, and the usage name where the person has one. */
    PROFILE("profile", List.of("given_name", "family_name", "birthdate", "gender", "preferred_username")),
    /** Names in Arabic script and the country of birth. */
    PIVOT("pivot", List.of("given_name_ar", "family_name_ar", "birthcountry")),
    PIVOT_BIRTHPLACE("pivot-birthplace", List.of("birthplace")),
    /** The verified email address. */
    EMAIL("email", List.of("email", "email_verified"));

    /** The scopes every client gets, which carry the sign-in itself and nothing of the person. */
    public static final List<String> SIGN_IN_SCOPES = List.of("basic", "acr", "amr");

    private final String scope;
    private final List<String> claims;

    ClaimScope(String scope, List<String> claims) {
        this.scope = scope;
        this.claims = claims;
    }

    /** The front door's client scope. */
    public String scope() {
        return scope;
    }

    /** The claims it releases, in the ID token and at userinfo. */
    public List<String> claims() {
        return claims;
    }

    public static Optional<ClaimScope> named(String scope) {
        return Arrays.stream(values()).filter(value -> value.scope.equals(scope)).findFirst();
    }
}
