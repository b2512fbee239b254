package org.bawaba.broker.e2e.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.ServerClock;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.eid.ChipHolder;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.broker.e2e.support.pages.ConsentPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.admin.AdminClientFactory;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectAdminClientFactory;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.config.Config;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * A first sign-in that fails or is abandoned leaves the front-door accounts as they were: the account the broker
 * created for it, or the link it added to an existing account, goes when the person refuses at the consent page,
 * or when the sign-in can no longer finish (event listener bawaba-unfinished-sign-in).
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class UnfinishedSignInIT {

    private static final String MARK = "bawaba.unfinishedFirstSignIn";
    /** Long enough for many runs of the clean-up, every 2 s in tests (BawabaServerConfig). */
    private static final Duration CLEANUP_RUNS = Duration.ofSeconds(30);

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    /** For admin clients that get their token while Keycloak's clock is moved (the injected one's looks expired then). */
    @InjectAdminClientFactory
    AdminClientFactory adminClients;

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

        Browser.Page refused = ConsentPage.on(browser, consent).refuse();

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
        Browser.Page refused = ConsentPage.on(elsewhere, consent).refuse();

        assertThat(refused.redirectParameters()).containsEntry("error", "access_denied");
        assertThat(frontDoorAccounts(holder)).extracting(UserRepresentation::getId).containsExactly(account.getId());
        assertThat(admin.realm(REALM).users().get(account.getId()).getConsents())
                .extracting(consent1 -> consent1.get("clientId")).containsExactly(OC_CONNECT);
    }

    @Test
    void aRefusedFirstSignInThroughASecondProviderLeavesNoLink() {
        Person person = Person.random();
        ChipHolder chipHolder = ChipHolder.of(person);
        UserRepresentation accountHolder = Providers.accountHolder(admin, person);
        Browser browser = new Browser(urls.getBase());
        Providers.agreeToShare(browser, chipHolder.signIn(browser, oc.newAttempt().authorizationUrl()));
        String account = chipHolder.frontDoorAccounts(admin).get(0).getId();

        Browser elsewhere = new Browser(urls.getBase());
        Browser.Page consent = Providers.signInWithAccount(elsewhere, cnops.newAttempt().authorizationUrl(), accountHolder, sms);
        assertThat(links(account)).as("linked by the national identifier, not finished yet").contains(Providers.ACCOUNT);
        ConsentPage.on(elsewhere, consent).refuse();

        assertThat(links(account)).as("the refused journey's link is gone").containsExactly(Providers.EID);
        assertThat(admin.realm(REALM).users().get(account).toRepresentation().getAttributes()).doesNotContainKey(MARK);

        Browser again = new Browser(urls.getBase());
        Browser.Page back = Providers.signInWithAccount(again, oc.newAttempt().authorizationUrl(), accountHolder, sms);
        assertThat(back.redirectParameters()).as("OC already has this person's consent").containsKey("code");
        assertThat(links(account)).as("a finished sign-in keeps its link").containsExactlyInAnyOrder(Providers.EID, Providers.ACCOUNT);
        assertThat(admin.realm(REALM).users().get(account).toRepresentation().getAttributes()).doesNotContainKey(MARK);
    }

    @Test
    void anAbandonedFirstSignInLeavesNoAccountOnceItCanNoLongerFinish() {
        UserRepresentation earlier = Providers.accountHolder(admin, Person.random());
        UserRepresentation leaves = Providers.accountHolder(admin, Person.random());
        UserRepresentation finishes = Providers.accountHolder(admin, Person.random());
        // Someone who left a first sign-in half an hour before the person this test follows: the clean-up's witness.
        abandonAtTheConsentPage(earlier);
        Browser other = new Browser(urls.getBase());
        Providers.agreeToShare(other, Providers.signInWithAccount(other, oc.newAttempt().authorizationUrl(), finishes, sms));
        clock.advance(Duration.ofMinutes(30));
        abandonAtTheConsentPage(leaves);

        // 59 minutes after `leaves` left (89 after `earlier`): the clean-up runs and removes only what is over the hour.
        clock.advance(Duration.ofMinutes(30 + 59));
        awaitFrontDoorAccounts(earlier, List::isEmpty, "the clean-up ran: the sign-in left 89 minutes ago is removed");
        assertThat(frontDoorAccountsNow(leaves)).as("within the hour a sign-in may still finish").hasSize(1);

        clock.advance(Duration.ofMinutes(30 + 61));
        awaitFrontDoorAccounts(leaves, List::isEmpty, "abandoned over an hour ago: removed by the clean-up");
        assertThat(frontDoorAccountsNow(finishes)).as("a finished sign-in is never cleaned up").hasSize(1);
    }

    private void abandonAtTheConsentPage(UserRepresentation holder) {
        Browser browser = new Browser(urls.getBase());
        Browser.Page consent = Providers.signInWithAccount(browser, oc.newAttempt().authorizationUrl(), holder, sms);
        ConsentPage.on(browser, consent);
    }

    /**
     * Polls, within {@link #CLEANUP_RUNS}, until the front-door accounts of {@code holder} satisfy {@code condition}.
     * Each poll asks with an admin client of its own, whose token is issued on Keycloak's moved clock.
     */
    private void awaitFrontDoorAccounts(UserRepresentation holder, Predicate<List<UserRepresentation>> condition, String what) {
        long deadline = System.nanoTime() + CLEANUP_RUNS.toNanos();
        List<UserRepresentation> accounts = frontDoorAccountsNow(holder);
        while (!condition.test(accounts) && System.nanoTime() < deadline) {
            pause();
            accounts = frontDoorAccountsNow(holder);
        }
        assertThat(condition.test(accounts)).as("%s (%d account(s) after %s)", what, accounts.size(), CLEANUP_RUNS).isTrue();
    }

    /** The front-door accounts of {@code holder}, asked with an admin client whose token is issued now on Keycloak's clock. */
    private List<UserRepresentation> frontDoorAccountsNow(UserRepresentation holder) {
        try (Keycloak now = adminClients.create().grantType("client_credentials").realm("master")
                .clientId(Config.getAdminClientId()).clientSecret(Config.getAdminClientSecret()).build()) {
            return Providers.frontDoorUsersLinkedTo(now, Providers.ACCOUNT, holder);
        }
    }

    /** Between two polls. */
    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private List<String> links(String accountId) {
        return admin.realm(REALM).users().get(accountId).getFederatedIdentity().stream()
                .map(link -> link.getIdentityProvider()).toList();
    }

    private List<UserRepresentation> frontDoorAccounts(UserRepresentation holder) {
        return Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder);
    }

}
