package org.bawaba.space;

import java.net.URI;
import java.util.Optional;

import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.OAuth2Constants;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Where a person changes their email address or mobile number: at the identity provider that holds them (the front
 * door copies them from it at each sign-in), with a verification code, through its actions {@code bawaba-update-email}
 * and {@code bawaba-update-phone}. A provider offers it when its setting {@value #CLIENT_SETTING} names the client, in
 * the provider's realm, through which the space starts the action and gets the person back to
 * {@value #RETURN_PATH}. As for the space's own sign-in, the code that comes back is never redeemed.
 */
final class ContactChange {

    static final String CLIENT_SETTING = "bawaba.contactChangeClientId";
    static final String RETURN_PATH = "contact-changed";

    enum Kind {
        EMAIL("bawaba-update-email"), PHONE("bawaba-update-phone");

        private final String action;

        Kind(String action) {
            this.action = action;
        }

        static Optional<Kind> of(String path) {
            return switch (path == null ? "" : path) {
                case "email" -> Optional.of(EMAIL);
                case "phone" -> Optional.of(PHONE);
                default -> Optional.empty();
            };
        }
    }

    private ContactChange() {
    }

    /** The provider, linked to this account, where its contact data can be changed. */
    static Optional<IdentityProviderModel> provider(KeycloakSession session, RealmModel realm, UserModel user) {
        return session.users().getFederatedIdentitiesStream(realm, user)
                .map(link -> session.identityProviders().getByAlias(link.getIdentityProvider()))
                .filter(idp -> idp != null && idp.isEnabled())
                .filter(idp -> notBlank(idp.getConfig().get(CLIENT_SETTING)) && notBlank(idp.getConfig().get("authorizationUrl")))
                .findFirst();
    }

    static URI actionUrl(IdentityProviderModel provider, Kind kind, URI returnTo, String locale) {
        return UriBuilder.fromUri(provider.getConfig().get("authorizationUrl"))
                .queryParam(OAuth2Constants.CLIENT_ID, provider.getConfig().get(CLIENT_SETTING))
                .queryParam(OAuth2Constants.REDIRECT_URI, returnTo)
                .queryParam(OAuth2Constants.RESPONSE_TYPE, OAuth2Constants.CODE)
                .queryParam(OAuth2Constants.SCOPE, OAuth2Constants.SCOPE_OPENID)
                .queryParam(OAuth2Constants.STATE, SpaceSignIn.random())
                .queryParam(OAuth2Constants.CODE_CHALLENGE, SpaceSignIn.challengeOfForgottenVerifier())
                .queryParam(OAuth2Constants.CODE_CHALLENGE_METHOD, OAuth2Constants.PKCE_METHOD_S256)
                .queryParam("kc_action", kind.action)
                .queryParam(OAuth2Constants.UI_LOCALES_PARAM, locale)
                .build();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
