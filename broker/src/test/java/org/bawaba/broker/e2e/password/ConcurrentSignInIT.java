package org.bawaba.broker.e2e.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.AdminFlows;
import org.bawaba.broker.e2e.support.AdminFlows.Step;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.SmsGatewayStub.TextGate;
import org.bawaba.broker.e2e.support.TestUsers;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.broker.e2e.support.pages.CodePage;
import org.bawaba.broker.e2e.support.pages.PasswordSignInPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * One person signing in from several tabs or devices at once. Keycloak's brute-force detector checks one sign-in of
 * an account at a time and reports the others as "temporarily disabled"; the password form waits for its turn
 * instead, so nobody is told a right password is wrong, while wrong passwords and lock-outs count as before.
 *
 * <p>Texts are held at the SMS gateway and let through one at a time, so each code goes to the sign-in that asked
 * for it: the detector lets one sign-in through at a time, and a sign-in's page comes back only once its text is
 * sent.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ConcurrentSignInIT {

    private static final String NO_WAIT_FLOW = "test-concurrent-no-wait";
    private static final String NO_WAIT_CLIENT = "test-concurrent-no-wait";

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    private final ExecutorService tabs = Executors.newCachedThreadPool();
    private final List<String> createdHolders = new ArrayList<>();

    @BeforeEach
    void setUp() {
        new AdminFlows(account()).clientWithFlow(NO_WAIT_CLIENT, NO_WAIT_FLOW,
                Step.of("bawaba-password-form", Map.of("concurrentSignInWaitMillis", "0")),
                Step.of("bawaba-sms-code"));
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        sms.accepting();
        tabs.shutdownNow();
        tabs.awaitTermination(10, TimeUnit.SECONDS);
        createdHolders.forEach(id -> account().users().delete(id).close());
    }

    @Test
    void fourDevicesSignInToOneAccountAtOnceAndAllReachTheRelyingParty() {
        UserRepresentation holder = holderKnownToTheFrontDoor();
        List<Browser> devices = List.of(browser(), browser(), browser(), browser());
        List<RelyingParty.Attempt> attempts = new ArrayList<>();
        List<PasswordSignInPage> forms = new ArrayList<>();
        for (Browser device : devices) {
            RelyingParty.Attempt attempt = ocConnect().newAttempt();
            attempts.add(attempt);
            forms.add(PasswordSignInPage.open(device, attempt.authorizationUrl() + "&kc_idp_hint=" + Providers.ACCOUNT));
        }

        List<Browser.Page> back = signInAtOnce(holder, forms);

        for (int i = 0; i < back.size(); i++) {
            Browser.Page page = back.get(i);
            assertThat(page.leftBrokerTo()).as("device %d: %s", i, page.body()).isNotNull();
            assertThat(page.leftBrokerTo().toString()).startsWith(OC_CONNECT_REDIRECT + "?");
            assertThat(page.redirectParameters()).as("device %d", i).containsKey("code").doesNotContainKey("error");
            RelyingParty.Json tokens = attempts.get(i).exchange(page.redirectParameters().get("code"));
            assertThat(tokens.status()).as("device %d: %s", i, tokens).isEqualTo(200);
        }
        assertNoFailureCounted(holder);
        assertThat(account().getEvents(List.of("LOGIN_ERROR"), null, holder.getId(), null, null, null, 0, 10))
                .as("no sign-in of the account was refused").isEmpty();
    }

    @Test
    void twoTabsOfOneBrowserSignInAtOnce() {
        UserRepresentation holder = holderKnownToTheFrontDoor();
        Browser browser = browser();
        List<RelyingParty.Attempt> attempts = List.of(ocConnect().newAttempt(), ocConnect().newAttempt());
        List<PasswordSignInPage> forms = attempts.stream()
                .map(attempt -> PasswordSignInPage.open(browser, attempt.authorizationUrl() + "&kc_idp_hint=" + Providers.ACCOUNT))
                .toList();

        List<Browser.Page> back = signInAtOnce(holder, forms);

        for (Browser.Page page : back) {
            assertThat(page.leftBrokerTo()).as(page.body()).isNotNull();
            assertThat(page.redirectParameters()).containsKey("code").doesNotContainKey("error");
        }
        assertNoFailureCounted(holder);
    }

    @Test
    void aWrongPasswordTypedMeanwhileStillCounts() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        createdHolders.add(holder.getId());
        TextGate gate = sms.holdingTexts();
        PasswordSignInPage right = openAccountForm(browser());
        PasswordSignInPage wrong = openAccountForm(browser());

        CompletableFuture<Browser.Page> rightOne = inTab(() -> right.signIn(holder));
        CompletableFuture<Browser.Page> wrongOne = inTab(() -> wrong.signIn(holder.getUsername(), "Not-the-password-1!"));
        String code = gate.releaseNext();

        assertThat(CodePage.isShownOn(rightOne.join())).as("the right password leads to the code step").isTrue();
        Browser.Page refused = wrongOne.join();
        assertThat(PasswordSignInPage.on(wrong.browser(), refused).messages())
                .contains("Identifiant ou mot de passe incorrect").doesNotContain("Réessayez dans un instant");
        assertThat(account().attackDetection().bruteForceUserStatus(holder.getId())).containsEntry("numFailures", 1);
        assertThat(code).hasSize(6);
    }

    @Test
    void aLockedOutAccountIsRefusedAtOnceEvenWithTheRightPassword() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        createdHolders.add(holder.getId());
        Browser browser = browser();
        for (int i = 0; i < 5; i++) {
            openAccountForm(browser).signIn(holder.getUsername(), "Not-the-password-" + i + "!");
        }

        Browser.Page refused = openAccountForm(browser).signIn(holder);

        assertThat(PasswordSignInPage.isShownOn(refused)).as("still on the password form").isTrue();
        assertThat(PasswordSignInPage.on(browser, refused).messages()).doesNotContain("Réessayez dans un instant");
        assertThat(sms.requests()).as("no code is sent to a locked-out account").isEmpty();
        assertThat(account().getEvents(List.of("LOGIN_ERROR"), null, holder.getId(), null, null, null, 0, 10))
                .extracting(EventRepresentation::getError)
                .contains("user_temporarily_disabled")
                .doesNotContain("sign_in_in_progress");
    }

    @Test
    void withoutAWaitTheSecondSignInIsAskedToTryAgainInAMoment() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        createdHolders.add(holder.getId());
        TextGate gate = sms.holdingTexts();
        RelyingParty client = new RelyingParty(urls.getBase() + "/realms/" + Providers.ACCOUNT, NO_WAIT_CLIENT, null,
                AdminFlows.TEST_REDIRECT);
        Browser first = browser();
        Browser second = browser();
        PasswordSignInPage firstForm = PasswordSignInPage.open(first, client.newAttempt().authorizationUrl());
        PasswordSignInPage secondForm = PasswordSignInPage.open(second, client.newAttempt().authorizationUrl());

        CompletableFuture<Browser.Page> firstOne = inTab(() -> firstForm.signIn(holder));
        gate.awaitHeld();
        Browser.Page busy = secondForm.signIn(holder);
        gate.releaseNext();

        assertThat(CodePage.isShownOn(firstOne.join())).isTrue();
        assertThat(PasswordSignInPage.on(second, busy).messages()).contains("Réessayez dans un instant");
        assertThat(account().getEvents(List.of("LOGIN_ERROR"), null, holder.getId(), null, null, null, 0, 10))
                .extracting(EventRepresentation::getError).containsExactly("sign_in_in_progress");
        assertNoFailureCounted(holder);

        CompletableFuture<Browser.Page> again = inTab(() -> PasswordSignInPage.on(second, busy).signIn(holder));
        gate.releaseNext();
        assertThat(CodePage.isShownOn(again.join())).as("the second sign-in goes through once the first is checked").isTrue();
    }

    /**
     * Submits the password on every form at once, then each code at once, and follows each sign-in back to the
     * relying party. The codes go to the sign-in whose text was let through just before its page came back.
     */
    private List<Browser.Page> signInAtOnce(UserRepresentation holder, List<PasswordSignInPage> forms) {
        TextGate gate = sms.holdingTexts();
        List<CompletableFuture<Browser.Page>> submitted = forms.stream()
                .map(form -> inTab(() -> form.signIn(holder)))
                .toList();
        String[] codes = new String[forms.size()];
        List<Integer> waiting = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            waiting.add(i);
        }
        while (!waiting.isEmpty()) {
            String code = gate.releaseNext();
            CompletableFuture.anyOf(waiting.stream().map(submitted::get).toArray(CompletableFuture[]::new)).join();
            Integer done = waiting.stream().filter(i -> submitted.get(i).isDone()).findFirst().orElseThrow();
            codes[done] = code;
            waiting.remove(done);
        }
        sms.accepting();

        List<CompletableFuture<Browser.Page>> entered = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            Browser.Page codeStep = submitted.get(i).join();
            assertThat(CodePage.isShownOn(codeStep)).as("sign-in %d reaches the code step:\n%s", i, codeStep.body()).isTrue();
            CodePage page = CodePage.on(forms.get(i).browser(), codeStep);
            String code = codes[i];
            entered.add(inTab(() -> Providers.agreeToShareIfAsked(page.browser(), page.enter(code))));
        }
        return entered.stream().map(CompletableFuture::join).toList();
    }

    /** A holder who signed in once already, so the front door has their account and their consent. */
    private UserRepresentation holderKnownToTheFrontDoor() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        createdHolders.add(holder.getId());
        Browser browser = browser();
        Browser.Page back = Providers.agreeToShareIfAsked(browser,
                Providers.signInWithAccount(browser, ocConnect().newAttempt().authorizationUrl(), holder, sms));
        assertThat(back.leftBrokerTo()).as(back.body()).isNotNull();
        return holder;
    }

    private void assertNoFailureCounted(UserRepresentation holder) {
        Map<String, Object> status = account().attackDetection().bruteForceUserStatus(holder.getId());
        assertThat(status).containsEntry("numFailures", 0).containsEntry("disabled", false);
    }

    private PasswordSignInPage openAccountForm(Browser browser) {
        return PasswordSignInPage.open(browser, ocConnect().newAttempt().authorizationUrl() + "&kc_idp_hint=" + Providers.ACCOUNT);
    }

    private CompletableFuture<Browser.Page> inTab(Supplier<Browser.Page> step) {
        return CompletableFuture.supplyAsync(step, tabs);
    }

    private RelyingParty ocConnect() {
        return new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
    }

    private Browser browser() {
        return new Browser(urls.getBase());
    }

    private RealmResource account() {
        return admin.realm(Providers.ACCOUNT);
    }
}
