package org.bawaba.broker.e2e.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.ServerClock;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * A first sign-in that fails or is abandoned leaves the front-door accounts as they were: the account the broker
 * created for it, or the link it added to an existing account, goes when the person refuses at the consent page,
 * or when the sign-in can no longer finish (event listener bawaba-unfinished-sign-in).
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class UnfinishedSignInIT {

    private static final String MARK = "bawaba.unfinishedFirstSignIn";
    /** Long enough for several runs of the clean-up, every 2 s in tests (BawabaServerConfig). */
    private static final long CLEANUP_RUNS = 7_000;

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private ServerClock clock;
    private RelyingParty oc;
    private RelyingParty cnops;

    @BeforeEach
    void setUp() {
        clock = new ServerClock(urls.getBase());
        oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        cnops = new RelyingParty(issuer(urls.getBase()), CNOPS_PORTAL, CNOPS_PORTAL_SECRET, CNOPS_PORTAL_REDIRECT);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void refusingAtTheFirstSignInLeavesNoAccount() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = oc.newAttempt();
        Browser.Page consent = Providers.signInWithAccount(browser, attempt.authorizationUrl(), holder, sms);
        assertThat(frontDoorAccounts(holder)).as("created by the broker, not finished yet").singleElement()
                .satisfies(account -> assertThat(account.getAttributes()).containsEntry(MARK, List.of("created")));

        Browser.Page refused = browser.submit(consent, "#kc-oauth-form", Map.of("cancel", ""));

        assertThat(refused.redirectParameters()).containsEntry("error", "access_denied");
        assertThat(frontDoorAccounts(holder)).as("the failed journey left no account").isEmpty();
        assertThat(admin.realm(REALM).users().searchByUsername("account." + holder.getUsername(), true)).isEmpty();

        Browser again = new Browser(urls.getBase());
        RelyingParty.Attempt second = oc.newAttempt();
        Browser.Page back = Providers.agreeToShare(again,
                Providers.signInWithAccount(again, second.authorizationUrl(), holder, sms));
        assertThat(back.redirectParameters()).containsKey("code");
        assertThat(frontDoorAccounts(holder)).as("a finished sign-in keeps its account, unmarked").singleElement()
                .satisfies(account -> assertThat(account.getAttributes()).doesNotContainKey(MARK));
    }

    @Test
    void aPersonWhoAlreadyHasAnAccountKeepsItWhenRefusingAnotherService() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser browser = new Browser(urls.getBase());
        Providers.agreeToShare(browser, Providers.signInWithAccount(browser, oc.newAttempt().authorizationUrl(), holder, sms));
        UserRepresentation account = frontDoorAccounts(holder).get(0);

        Browser elsewhere = new Browser(urls.getBase());
        Browser.Page consent = Providers.signInWithAccount(elsewhere, cnops.newAttempt().authorizationUrl(), holder, sms);
        Browser.Page refused = elsewhere.submit(consent, "#kc-oauth-form", Map.of("cancel", ""));

        assertThat(refused.redirectParameters()).containsEntry("error", "access_denied");
        assertThat(frontDoorAccounts(holder)).extracting(UserRepresentation::getId).containsExactly(account.getId());
        assertThat(admin.realm(REALM).users().get(account.getId()).getConsents())
                .extracting(consent1 -> consent1.get("clientId")).containsExactly(OC_CONNECT);
    }

    @Test
    void aRefusedFirstSignInThroughASecondProviderLeavesNoLink() {
        Person person = Person.random();
        UserRepresentation eidHolder = Providers.eidHolder(admin, person);
        UserRepresentation accountHolder = Providers.accountHolder(admin, person);
        Browser browser = new Browser(urls.getBase());
        Providers.agreeToShare(browser, Providers.signInWithEid(browser, oc.newAttempt().authorizationUrl(), eidHolder));
        String account = Providers.frontDoorUsersLinkedTo(admin, Providers.EID, eidHolder).get(0).getId();

        Browser elsewhere = new Browser(urls.getBase());
        Browser.Page consent = Providers.signInWithAccount(elsewhere, cnops.newAttempt().authorizationUrl(), accountHolder, sms);
        assertThat(links(account)).as("linked by the national identifier, not finished yet").contains(Providers.ACCOUNT);
        elsewhere.submit(consent, "#kc-oauth-form", Map.of("cancel", ""));

        assertThat(links(account)).as("the refused journey's link is gone").containsExactly(Providers.EID);
        assertThat(admin.realm(REALM).users().get(account).toRepresentation().getAttributes()).doesNotContainKey(MARK);

        Browser again = new Browser(urls.getBase());
        Browser.Page back = Providers.signInWithAccount(again, oc.newAttempt().authorizationUrl(), accountHolder, sms);
        assertThat(back.redirectParameters()).as("OC already has this person's consent").containsKey("code");
        assertThat(links(account)).as("a finished sign-in keeps its link").containsExactlyInAnyOrder(Providers.EID, Providers.ACCOUNT);
        assertThat(admin.realm(REALM).users().get(account).toRepresentation().getAttributes()).doesNotContainKey(MARK);
    }

    @Test
    void anAbandonedFirstSignInLeavesNoAccountOnceItCanNoLongerFinish() throws InterruptedException {
        UserRepresentation leaves = Providers.accountHolder(admin, Person.random());
        Browser browser = new Browser(urls.getBase());
        Browser.Page consent = Providers.signInWithAccount(browser, oc.newAttempt().authorizationUrl(), leaves, sms);
        assertThat(consent.document().select("#kc-oauth-form")).isNotEmpty();
        UserRepresentation finishes = Providers.accountHolder(admin, Person.random());
        Browser other = new Browser(urls.getBase());
        Providers.agreeToShare(other, Providers.signInWithAccount(other, oc.newAttempt().authorizationUrl(), finishes, sms));

        // Admin calls wait for the clock to come back: the admin's own token would look expired meanwhile.
        clock.advance(Duration.ofMinutes(59));
        Thread.sleep(CLEANUP_RUNS);
        clock.reset();
        assertThat(frontDoorAccounts(leaves)).as("within the hour a sign-in may still finish").hasSize(1);

        clock.advance(Duration.ofMinutes(61));
        Thread.sleep(CLEANUP_RUNS);
        clock.reset();
        assertThat(frontDoorAccounts(leaves)).as("abandoned: removed by the clean-up").isEmpty();
        assertThat(frontDoorAccounts(finishes)).as("a finished sign-in is never cleaned up").hasSize(1);
    }

    private List<String> links(String accountId) {
        return admin.realm(REALM).users().get(accountId).getFederatedIdentity().stream()
                .map(link -> link.getIdentityProvider()).toList();
    }

    private List<UserRepresentation> frontDoorAccounts(UserRepresentation holder) {
        return Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder);
    }
}
