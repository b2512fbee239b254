package org.bawaba.broker.e2e.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.RelyingParty.Json;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
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
 * One person, two providers: the first broker login links the new identity to the account that holds the same
 * verified national identifier, or else the same complete pivot identity, and creates a separate account when
 * the identifiers, or any field of the pivot identity, differ. Never on email.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class AccountLinkingIT {

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

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
    void sameNationalIdThroughAccountThenEidIsOneFrontDoorAccount() {
        Person person = Person.random();
        UserRepresentation accountUser = Providers.accountHolder(admin, person);
        UserRepresentation eidUser = Providers.eidHolder(admin, person);

        String subViaAccount = signIn(Providers.ACCOUNT, accountUser).getSubject();
        String subViaEid = signIn(Providers.EID, eidUser).getSubject();

        assertThat(subViaEid).as("the RP sees the same person").isEqualTo(subViaAccount);
        List<UserRepresentation> viaAccount = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, accountUser);
        List<UserRepresentation> viaEid = Providers.frontDoorUsersLinkedTo(admin, Providers.EID, eidUser);
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
        UserRepresentation eidUser = Providers.eidHolder(admin, person.withNationalId(Providers.randomNationalId()));

        String subViaAccount = signIn(Providers.ACCOUNT, accountUser).getSubject();
        String subViaEid = signIn(Providers.EID, eidUser).getSubject();

        assertThat(subViaEid).isNotEqualTo(subViaAccount);
        UserRepresentation one = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, accountUser).get(0);
        UserRepresentation two = Providers.frontDoorUsersLinkedTo(admin, Providers.EID, eidUser).get(0);
        assertThat(two.getId()).isNotEqualTo(one.getId());
        assertThat(two.getEmail()).as("the e-ID carries no email").isNull();
    }

    @Test
    void eidFirstThenAccountIsAlsoOneAccount() {
        Person person = Person.random();
        UserRepresentation eidUser = Providers.eidHolder(admin, person);
        UserRepresentation accountUser = Providers.accountHolder(admin, person);

        String subViaEid = signIn(Providers.EID, eidUser).getSubject();
        String subViaAccount = signIn(Providers.ACCOUNT, accountUser).getSubject();

        assertThat(subViaAccount).isEqualTo(subViaEid);
        UserRepresentation linked = Providers.frontDoorUsersLinkedTo(admin, Providers.EID, eidUser).get(0);
        assertThat(linked.getEmail()).as("the account provider's verified email is synced in").isEqualTo(accountUser.getEmail());
    }

    @Test
    void theSamePivotIdentityWithoutANationalIdentifierIsOneAccount() {
        Person person = Person.random();
        UserRepresentation eidUser = Providers.eidHolder(admin, person);
        UserRepresentation accountUser = Providers.accountHolder(admin, person.withoutNationalId().spelledDifferently());

        String subViaEid = signIn(Providers.EID, eidUser).getSubject();
        String subViaAccount = signIn(Providers.ACCOUNT, accountUser).getSubject();

        assertThat(subViaAccount).as("linked on the full pivot identity, whatever the case").isEqualTo(subViaEid);
        UserRepresentation linked = Providers.frontDoorUsersLinkedTo(admin, Providers.EID, eidUser).get(0);
        assertThat(Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, accountUser)).extracting(UserRepresentation::getId)
                .containsExactly(linked.getId());
    }

    @Test
    void aPivotIdentityThatDiffersInOneFieldIsAnotherPerson() {
        Person person = Person.random();
        UserRepresentation eidUser = Providers.eidHolder(admin, person);
        UserRepresentation accountUser = Providers.accountHolder(admin, person.withoutNationalId().bornIn("Tétouan"));

        String subViaEid = signIn(Providers.EID, eidUser).getSubject();
        String subViaAccount = signIn(Providers.ACCOUNT, accountUser).getSubject();

        assertThat(subViaAccount).isNotEqualTo(subViaEid);
        assertThat(Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, accountUser).get(0).getId())
                .isNotEqualTo(Providers.frontDoorUsersLinkedTo(admin, Providers.EID, eidUser).get(0).getId());
    }

    /** A fresh browser (no SSO) through one provider to OC CONNECT; the verified ID token. */
    private JWTClaimsSet signIn(String provider, UserRepresentation user) {
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = oc.newAttempt();
        Browser.Page signedIn = Providers.ACCOUNT.equals(provider)
                ? Providers.signInWithAccount(browser, attempt.authorizationUrl(), user, sms)
                : Providers.signInWithEid(browser, attempt.authorizationUrl(), user);
        // Consent is asked once per front-door account: a second provider linked to the same account skips it.
        Browser.Page back = Providers.agreeToShareIfAsked(browser, signedIn);
        assertThat(back.leftBroker()).as("back at the RP:\n%s", back.body()).isTrue();
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
        return oc.verifyIdToken(tokens.string("id_token"), attempt.nonce);
    }
}
