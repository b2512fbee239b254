package org.bawaba.broker.e2e.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.util.List;
import java.util.function.BiFunction;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.RelyingParty.Json;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * One person, two providers (the account, and the chip of their CNIE): the first broker login links the new identity
 * to the account that holds the same verified national identifier, or else the same complete pivot identity, names
 * compared without case (the chip gives them upper case), and creates a separate account when the identifiers, or
 * any field of the pivot identity, differ. Never on email.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class AccountLinkingIT {

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private RelyingParty oc;

    @BeforeEach
    void setUp() {
        oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
    }

    @Test
    void sameNationalIdThroughAccountThenTheChipIsOneFrontDoorAccount() {
        Person person = Person.random();
        UserRepresentation accountUser = Providers.accountHolder(admin, person);
        ChipHolder chipHolder = ChipHolder.of(person);

        String subViaAccount = signIn(accountUser).getSubject();
        String subViaEid = signIn(chipHolder).getSubject();

        assertThat(subViaEid).as("the RP sees the same person").isEqualTo(subViaAccount);
        List<UserRepresentation> viaAccount = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, accountUser);
        List<UserRepresentation> viaEid = chipHolder.frontDoorAccounts(admin);
        assertThat(viaAccount).hasSize(1);
        assertThat(viaEid).extracting(UserRepresentation::getId).containsExactly(viaAccount.get(0).getId());
        assertThat(admin.realm(REALM).users().get(viaAccount.get(0).getId()).getFederatedIdentity())
                .extracting(FederatedIdentityRepresentation::getIdentityProvider)
                .containsExactlyInAnyOrder(Providers.ACCOUNT, Providers.EID);
        assertThat(admin.realm(REALM).users().searchByAttributes("national_id:" + person.nationalId()))
                .extracting(UserRepresentation::getId).containsExactly(viaAccount.get(0).getId());
    }

    @Test
    void namesakesWithDifferentNationalIdsAreTwoFrontDoorAccounts() {
        Person person = Person.random();
        UserRepresentation accountUser = Providers.accountHolder(admin, person);
        ChipHolder namesake = ChipHolder.of(person.withNationalId(Providers.randomNationalId()));

        String subViaAccount = signIn(accountUser).getSubject();
        String subViaEid = signIn(namesake).getSubject();

        assertThat(subViaEid).isNotEqualTo(subViaAccount);
        UserRepresentation one = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, accountUser).get(0);
        UserRepresentation two = namesake.frontDoorAccounts(admin).get(0);
        assertThat(two.getId()).isNotEqualTo(one.getId());
        assertThat(two.getEmail()).as("the e-ID carries no email").isNull();
    }

    @Test
    void theChipFirstThenAccountIsAlsoOneAccount() {
        Person person = Person.random();
        ChipHolder chipHolder = ChipHolder.of(person);
        UserRepresentation accountUser = Providers.accountHolder(admin, person);

        String subViaEid = signIn(chipHolder).getSubject();
        String subViaAccount = signIn(accountUser).getSubject();

        assertThat(subViaAccount).isEqualTo(subViaEid);
        UserRepresentation linked = chipHolder.frontDoorAccounts(admin).get(0);
        assertThat(linked.getEmail()).as("the account provider's verified email is synced in").isEqualTo(accountUser.getEmail());
    }

    @Test
    void theSamePivotIdentityWithoutANationalIdentifierIsOneAccount() {
        Person person = Person.random();
        ChipHolder chipHolder = ChipHolder.of(person);
        UserRepresentation accountUser = Providers.accountHolder(admin, person.withoutNationalId().spelledDifferently());

        String subViaEid = signIn(chipHolder).getSubject();
        String subViaAccount = signIn(accountUser).getSubject();

        assertThat(subViaAccount).as("linked on the full pivot identity, whatever the case: the chip's names are upper case")
                .isEqualTo(subViaEid);
        UserRepresentation linked = chipHolder.frontDoorAccounts(admin).get(0);
        assertThat(Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, accountUser)).extracting(UserRepresentation::getId)
                .containsExactly(linked.getId());
    }

    @Test
    void aPivotIdentityThatDiffersInOneFieldIsAnotherPerson() {
        Person person = Person.random();
        ChipHolder chipHolder = ChipHolder.of(person);
        UserRepresentation accountUser = Providers.accountHolder(admin, person.withoutNationalId().bornIn("Tétouan"));

        String subViaEid = signIn(chipHolder).getSubject();
        String subViaAccount = signIn(accountUser).getSubject();

        assertThat(subViaAccount).isNotEqualTo(subViaEid);
        assertThat(Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, accountUser).get(0).getId())
                .isNotEqualTo(chipHolder.frontDoorAccounts(admin).get(0).getId());
    }

    /** A fresh browser (no SSO) through the account provider to OC CONNECT; the verified ID token. */
    private JWTClaimsSet signIn(UserRepresentation accountUser) {
        return signIn((browser, authorizationUrl) -> Providers.signInWithAccount(browser, authorizationUrl, accountUser, sms));
    }

    /** A fresh browser (no SSO) through the e-ID provider (the chip) to OC CONNECT; the verified ID token. */
    private JWTClaimsSet signIn(ChipHolder chipHolder) {
        return signIn(chipHolder::signIn);
    }

    private JWTClaimsSet signIn(BiFunction<Browser, String, Browser.Page> throughAProvider) {
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = oc.newAttempt();
        Browser.Page signedIn = throughAProvider.apply(browser, attempt.authorizationUrl());
        // Consent is asked once per front-door account: a second provider linked to the same account skips it.
        Browser.Page back = Providers.agreeToShareIfAsked(browser, signedIn);
        assertThat(back.leftBroker()).as("back at the RP:\n%s", back.body()).isTrue();
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
        return oc.verifyIdToken(tokens.string("id_token"), attempt.nonce);
    }
}
