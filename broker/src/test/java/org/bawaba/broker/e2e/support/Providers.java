package org.bawaba.broker.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.bawaba.broker.e2e.support.pages.ChooserPage;
import org.bawaba.broker.e2e.support.pages.ConsentPage;
import org.bawaba.broker.e2e.support.pages.PasswordSignInPage;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The built-in identity providers as the tests use them: realms "account" (password, then a code by
 * SMS) and "eid" (the chip of an identity document, read by a phone: see {@code support.eid.ChipHolder}), with people
 * made for one test.
 */
public final class Providers {

    public static final String ACCOUNT = "account";
    public static final String EID = "eid";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Providers() {
    }

    /**
     * A person as the providers hold them: a national identifier (or none) and a pivot identity. Each random person
     * has a birth date of their own, so that tests never share a pivot identity by accident.
     */
    public record Person(String nationalId, String givenName, String familyName, String givenNameAr, String familyNameAr,
                  String birthdate, String gender, String birthplace, String birthcountry) {

        public static Person random() {
            LocalDate birthdate = LocalDate.of(1940, 1, 1).plusDays(RANDOM.nextInt(365 * 65));
            return new Person(randomNationalId(), "Salma", "Bennani", "سلمى", "بناني", birthdate.toString(), "female",
                    "Tanger", "MA");
        }

        /** Someone with the same pivot identity (a namesake, or the same person) and this national identifier. */
        public Person withNationalId(String otherNationalId) {
            return new Person(otherNationalId, givenName, familyName, givenNameAr, familyNameAr, birthdate, gender,
                    birthplace, birthcountry);
        }

        /** The same pivot identity, as a provider that holds no national identifier asserts it. */
        public Person withoutNationalId() {
            return withNationalId(null);
        }

        /** The same person, as a provider that spells the names and birthplace in its own way. */
        public Person spelledDifferently() {
            return new Person(nationalId, givenName.toUpperCase(), familyName.toLowerCase(), givenNameAr, familyNameAr,
                    birthdate, gender, birthplace.toUpperCase(), birthcountry);
        }

        public Person bornIn(String otherBirthplace) {
            return new Person(nationalId, givenName, familyName, givenNameAr, familyNameAr, birthdate, gender,
                    otherBirthplace, birthcountry);
        }

        /** The pivot identity as an ID token carries it to a relying party that may receive all of it. */
        public Map<String, Object> pivotClaims() {
            return Map.of("given_name", givenName, "family_name", familyName, "given_name_ar", givenNameAr,
                    "family_name_ar", familyNameAr, "birthdate", birthdate, "gender", gender, "birthplace", birthplace,
                    "birthcountry", birthcountry);
        }

        public Map<String, List<String>> attributes() {
            Map<String, List<String>> attributes = new LinkedHashMap<>();
            if (nationalId != null) {
                attributes.put("national_id", List.of(nationalId));
            }
            attributes.put("given_name_ar", List.of(givenNameAr));
            attributes.put("family_name_ar", List.of(familyNameAr));
            attributes.put("birthdate", List.of(birthdate));
            attributes.put("gender", List.of(gender));
            attributes.put("birthplace", List.of(birthplace));
            attributes.put("birthcountry", List.of(birthcountry));
            return attributes;
        }
    }

    public static String randomNationalId() {
        return "T" + (char) ('A' + RANDOM.nextInt(26)) + String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** A Moroccan mobile number that libphonenumber accepts (part of the 68 block is not allocated: the forms refuse it). */
    public static String randomMobile() {
        String block = MOBILE_BLOCKS.get(RANDOM.nextInt(MOBILE_BLOCKS.size()));
        return "+212" + block + String.format("%07d", RANDOM.nextInt(10_000_000));
    }

    private static final List<String> MOBILE_BLOCKS = List.of("60", "61", "62", "63", "64", "65", "66", "67", "69");

    /** An account-provider user with a verified email and mobile number: password, then a code by SMS. */
    public static UserRepresentation accountHolder(Keycloak admin, Person person) {
        Map<String, List<String>> attributes = person.attributes();
        attributes.put("phone_number", List.of(randomMobile()));
        attributes.put("phone_number_verified", List.of("true"));
        String username = TestUsers.uniqueName("acct");
        return create(admin.realm(ACCOUNT), username, person, attributes);
    }

    /** An account-provider user with a verified email and no mobile number: password, then a code by email. */
    public static UserRepresentation accountHolderWithEmailOnly(Keycloak admin, Person person) {
        String username = TestUsers.uniqueName("acct-mail");
        return create(admin.realm(ACCOUNT), username, person, person.attributes());
    }

    private static UserRepresentation create(RealmResource realm, String username, Person person,
                                             Map<String, List<String>> attributes) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmail(username + "@bawaba.example");
        user.setEmailVerified(true);
        user.setFirstName(person.givenName());
        user.setLastName(person.familyName());
        user.setAttributes(attributes);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(TestUsers.PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = realm.users().create(user)) {
            assertThat(created.getStatus()).as("user %s: %s", username, created.readEntity(String.class)).isEqualTo(201);
        }
        return realm.users().searchByUsername(username, true).get(0);
    }

    /** From the RP's authorization URL, through the account provider's password form and SMS code, back to the RP. */
    public static Browser.Page signInWithAccount(Browser browser, String authorizationUrl, UserRepresentation user, SmsGatewayStub sms) {
        PasswordSignInPage login = PasswordSignInPage.open(browser, authorizationUrl + "&kc_idp_hint=" + ACCOUNT);
        assertThat(login.realm()).as("the account provider's own login page").isEqualTo(ACCOUNT);
        return login.signInToCode(user).enter(sms.lastCode());
    }

    /**
     * From the RP's authorization URL as a person does it: the front door's chooser, the account provider's tile,
     * its password form and SMS code, back to the RP.
     */
    public static Browser.Page signInThroughChooser(Browser browser, String authorizationUrl, UserRepresentation user,
                                                    SmsGatewayStub sms) {
        return signInFromChooser(browser, browser.open(authorizationUrl), user, sms);
    }

    /** From the front door's chooser page on: the account provider's tile, password, SMS code, back to the RP. */
    public static Browser.Page signInFromChooser(Browser browser, Browser.Page chooser, UserRepresentation user,
                                                 SmsGatewayStub sms) {
        PasswordSignInPage login = ChooserPage.on(browser, chooser).chooseToSignIn(ACCOUNT);
        assertThat(login.realm()).as("the account provider's own login page").isEqualTo(ACCOUNT);
        return login.signInToCode(user).enter(sms.lastCode());
    }

    /**
     * On the front door's consent page (the shipped relying parties ask for consent the first time a person
     * signs in to them), agrees to share and follows the way back to the RP.
     */
    public static Browser.Page agreeToShare(Browser browser, Browser.Page consent) {
        return ConsentPage.on(browser, consent).accept();
    }

    /** {@link #agreeToShare} when the page is the consent page; any other page as it is. */
    public static Browser.Page agreeToShareIfAsked(Browser browser, Browser.Page page) {
        return ConsentPage.isShownOn(page) ? agreeToShare(browser, page) : page;
    }

    /** The front-door account(s) linked to a provider's user. */
    public static List<UserRepresentation> frontDoorUsersLinkedTo(Keycloak admin, String provider, UserRepresentation providerUser) {
        // username, first, last, email, emailVerified, idpAlias, idpUserId, first, max, enabled, brief
        return admin.realm("bawaba").users().search(null, null, null, null, null, provider, providerUser.getId(), 0, 10, null, false);
    }
}
