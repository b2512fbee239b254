package org.bawaba.broker.e2e.support.eid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.security.SecureRandom;
import java.util.List;

import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.pages.EidChipPage;
import org.bawaba.eid.simulator.app.Outcome;
import org.bawaba.eid.simulator.app.Selfie;
import org.bawaba.eid.simulator.app.SignIn;
import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentFactory;
import org.bawaba.eid.simulator.document.DocumentLayout;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.simulator.forgery.ForgedVariant;
import org.bawaba.eid.simulator.pki.TestPki;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A person with a chip identity document issued under the suite's test PKI ({@link EidTestPki}), and the phone
 * that reads it (the holder simulator playing the Bawaba e-ID app against the real holder API).
 */
public record ChipHolder(Providers.Person person, DocumentSpec spec, ChipDocument document) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A Moroccan CNIE of this person, signed by the test PKI's document signer. */
    public static ChipHolder of(Providers.Person person) {
        return of(person, EidTestPki.get());
    }

    /** A Moroccan CNIE of this person, signed by the document signer of {@code pki}. */
    public static ChipHolder of(Providers.Person person, TestPki pki) {
        if (person.nationalId() == null) {
            throw new IllegalArgumentException("a CNIE holder has a national identifier");
        }
        DocumentSpec spec = DocumentSpec.forPerson(person.nationalId(), person.familyName(), person.givenName(),
                person.familyNameAr(), person.givenNameAr(), LocalDate.parse(person.birthdate()),
                "female".equals(person.gender()) ? 'F' : 'M', person.birthplace(), RANDOM.nextLong());
        return issued(person, spec, pki);
    }

    /**
     * The demo person of {@code ./bawaba start}, Amina El Idrissi (CNIE AB123456), with the card the holder simulator
     * issues her ({@link DocumentSpec#demoHolder}, what {@code ./bawaba phone} presents), signed by the test PKI's
     * document signer. Her person is what the card says: names and birthplace as printed, upper case.
     */
    public static ChipHolder demoHolder() {
        DocumentSpec spec = DocumentSpec.demoHolder(LocalDate.now(ZoneOffset.UTC));
        Providers.Person person = new Providers.Person(spec.personalNumber(), spec.givenNames(), spec.surname(),
                spec.arabicGivenNames(), spec.arabicSurname(), spec.dateOfBirth().toString(),
                spec.sex() == 'F' ? "female" : "male", spec.placeOfBirth(), "MA");
        return issued(person, spec, EidTestPki.get());
    }

    /** A Moroccan passport of this person (TD3), signed by the test PKI: not an identity card. */
    public static ChipHolder passportOf(Providers.Person person) {
        return passportOf(person, true);
    }

    /**
     * A passport of this person that names no national identifier (no personal number), as a foreign passport does:
     * signed by the test PKI (the suite's only issuer), read by the server as its holder's only proof of identity.
     */
    public static ChipHolder passportWithoutNationalId(Providers.Person person) {
        return passportOf(person, false);
    }

    private static ChipHolder passportOf(Providers.Person person, boolean withNationalId) {
        DocumentSpec card = of(person).spec();
        DocumentSpec spec = new DocumentSpec(DocumentLayout.TD3_PASSPORT, "MAR", "P" + card.personalNumber()
                .substring(0, Math.min(8, card.personalNumber().length())), card.surname(), card.givenNames(),
                card.arabicSurname(), card.arabicGivenNames(), "MAR", card.dateOfBirth(), card.sex(),
                card.dateOfExpiry(), withNationalId ? card.personalNumber() : null, card.placeOfBirth(),
                card.activeAuthentication(), card.faceSeed());
        return issued(withNationalId ? person : person.withoutNationalId(), spec, EidTestPki.get());
    }

    private static ChipHolder issued(Providers.Person person, DocumentSpec spec, TestPki pki) {
        return new ChipHolder(person, spec, new DocumentFactory(RANDOM, Clock.systemUTC()).issue(spec, pki.documentSigner()));
    }

    /** The e-ID realm's username of this holder: the CNIE number. */
    public String username() {
        return person.nationalId().toLowerCase();
    }

    /** This holder's account in the e-ID realm, once a sign-in created it. */
    public UserRepresentation eidAccount(Keycloak admin) {
        List<UserRepresentation> found = admin.realm(Providers.EID).users().searchByUsername(username(), true);
        assertThat(found).as("the e-ID account of %s", username()).hasSize(1);
        return found.get(0);
    }

    public boolean hasEidAccount(Keycloak admin) {
        return !admin.realm(Providers.EID).users().searchByUsername(username(), true).isEmpty();
    }

    /** The front-door account(s) linked to this holder's e-ID account; none while it has no e-ID account. */
    public List<UserRepresentation> frontDoorAccounts(Keycloak admin) {
        List<UserRepresentation> found = admin.realm(Providers.EID).users().searchByUsername(username(), true);
        return found.isEmpty() ? List.of() : Providers.frontDoorUsersLinkedTo(admin, Providers.EID, found.get(0));
    }

    /** The phone, reading this document: the genuine chip, the holder's own face. */
    public SignIn phone(EidChipPage page) {
        return phone(page.appLink());
    }

    /** The phone, given the link of a chip page shown elsewhere (e.g. in Chromium): the genuine chip, the own face. */
    public SignIn phone(String appLink) {
        return SignIn.genuine(appLink, document).withSelfie(Selfie.SAME);
    }

    /** A phone presenting a forged document of this person. */
    public SignIn forgedPhone(EidChipPage page, ForgedVariant variant) {
        return SignIn.forged(page.appLink(), EidTestPki.get(), spec, variant);
    }

    /**
     * From the RP's authorization URL, through the e-ID provider's chip page (the phone reads the chip and takes
     * the selfie), back to the RP, or to the front door's next page (consent).
     */
    public Browser.Page signIn(Browser browser, String authorizationUrl) {
        return signInFrom(browser, EidChipPage.on(browser,
                browser.open(authorizationUrl + "&kc_idp_hint=" + Providers.EID)));
    }

    /** From the chip page on: the phone, then the page continues. */
    public Browser.Page signInFrom(Browser browser, EidChipPage page) {
        assertThat(page.page().uri().getPath()).as("the e-ID provider's own page").startsWith("/realms/eid/");
        Outcome outcome = phone(page).run();
        assertThat(outcome.verified()).as("the phone's presentation: %s", outcome.describe()).isTrue();
        return page.continueSignIn();
    }
}
