package org.bawaba.broker.e2e.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_REDIRECT;
import static org.bawaba.broker.e2e.support.DemoRealm.OC_CONNECT_SECRET;
import static org.bawaba.broker.e2e.support.DemoRealm.issuer;

import java.util.List;
import java.util.Map;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.password.TemporaryPasswordMail;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.TestRelyingParties;
import org.bawaba.broker.e2e.support.TestUsers;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.bawaba.broker.e2e.support.pages.CodePage;
import org.bawaba.broker.e2e.support.pages.ContactPage;
import org.bawaba.broker.e2e.support.pages.PasswordSignInPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * A signed-in person changes their email address or mobile number in the account realm, and only with a code sent to
 * the new one: the actions bawaba-update-email and bawaba-update-phone, started by a link to the account console's
 * client with kc_action (what the front door's person's page links to). The old address is told; the front door
 * gets the new address at the next sign-in.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ContactChangeIT {

    private static final String CHANGE_EMAIL = "bawaba-update-email";
    private static final String CHANGE_PHONE = "bawaba-update-phone";
    private static final String NOTICE = "#bawaba-contact-changed";

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    /** The account console's client, public with PKCE, asked to run {@code action} once the person is signed in. */
    private RelyingParty.Attempt consoleAttempt(String action) {
        String realm = urls.getBase() + "/realms/" + Providers.ACCOUNT;
        return new RelyingParty(realm, "account-console", null, realm + "/account/").newAttempt()
                .with("scope", "openid").with("kc_action", action);
    }

    /** Opens the link, signs in (password, code by SMS): the action's first page. */
    private Browser.Page startAction(Browser browser, String action, UserRepresentation holder) {
        return PasswordSignInPage.open(browser, consoleAttempt(action).authorizationUrl()).signInToCode(holder)
                .enter(sms.lastCode());
    }

    private UserRepresentation now(UserRepresentation user) {
        return admin.realm(Providers.ACCOUNT).users().get(user.getId()).toRepresentation();
    }

    private String emailAtTheRelyingParty(UserRepresentation holder) {
        Browser browser = new Browser(urls.getBase());
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        RelyingParty.Attempt attempt = oc.newAttempt();
        Browser.Page back = Providers.agreeToShareIfAsked(browser,
                Providers.signInWithAccount(browser, attempt.authorizationUrl(), holder, sms));
        return (String) TestRelyingParties.idToken(oc, attempt, back).getClaims().get("email");
    }

    @Test
    void theEmailChangesOnlyWithTheCodeSentToTheNewAddressAndTheOldOneIsTold() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        String oldEmail = holder.getEmail();
        assertThat(emailAtTheRelyingParty(holder)).isEqualTo(oldEmail);
        String newEmail = TestUsers.uniqueName("new") + "@bawaba.example";
        int codesToNew = TemporaryPasswordMail.countCodesFor(mail, newEmail);
        int codesToOld = TemporaryPasswordMail.countCodesFor(mail, oldEmail);
        Browser browser = new Browser(urls.getBase());

        Browser.Page form = startAction(browser, CHANGE_EMAIL, holder);
        assertThat(form.document().text()).contains("Votre nouvelle adresse électronique");
        assertThat(form.document().select("#bawaba-contact-cancel")).as("an application-initiated action can be cancelled").hasSize(1);
        Browser.Page codePage = ContactPage.on(browser, form).enter(newEmail, newEmail.toUpperCase());

        String code = TemporaryPasswordMail.awaitCodeFor(mail, newEmail, codesToNew);
        assertThat(TemporaryPasswordMail.countCodesFor(mail, oldEmail)).as("the code goes to the new address only").isEqualTo(codesToOld);
        assertThat(now(holder).getEmail()).as("nothing changes before the code").isEqualTo(oldEmail);
        Browser.Page back = CodePage.on(browser, codePage).enter(code);

        assertThat(back.uri().getPath()).isEqualTo("/realms/account/account/");
        assertThat(back.query()).containsEntry("kc_action_status", "success").containsKey("code");
        UserRepresentation changed = now(holder);
        assertThat(changed.getEmail()).isEqualTo(newEmail);
        assertThat(changed.isEmailVerified()).isTrue();

        TemporaryPasswordMail notice = TemporaryPasswordMail.awaitWith(mail, oldEmail, 0, NOTICE);
        assertThat(notice.subject()).isEqualTo("Bawaba — l’adresse électronique de votre compte a changé");
        assertThat(notice.html().text()).contains("n***@bawaba.example").contains("assistance").doesNotContain(newEmail);
        assertThat(notice.text()).contains("n***@bawaba.example").doesNotContain(newEmail);
        assertThat(TemporaryPasswordMail.countWith(mail, newEmail, NOTICE)).as("the notice goes to the old address").isZero();

        List<EventRepresentation> events = admin.realm(Providers.ACCOUNT)
                .getEvents(List.of("UPDATE_EMAIL"), null, holder.getId(), null, null, null, 0, 10);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getDetails())
                .containsEntry("previous_email", oldEmail.charAt(0) + "***@bawaba.example")
                .containsEntry("updated_email", "n***@bawaba.example")
                .containsEntry("custom_required_action", CHANGE_EMAIL)
                .containsEntry("bawaba_notice", "sent");
        assertThat(String.valueOf(events.get(0).getDetails())).doesNotContain(newEmail, oldEmail, code);

        assertThat(emailAtTheRelyingParty(holder)).as("the front door copies the new address at the next sign-in")
                .isEqualTo(newEmail);
    }

    @Test
    void aWrongCodeOrACancelChangesNothing() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        String newEmail = TestUsers.uniqueName("never") + "@bawaba.example";
        int codesToNew = TemporaryPasswordMail.countCodesFor(mail, newEmail);
        Browser browser = new Browser(urls.getBase());

        Browser.Page codePage = ContactPage.on(browser, startAction(browser, CHANGE_EMAIL, holder)).enter(newEmail, newEmail);
        String code = TemporaryPasswordMail.awaitCodeFor(mail, newEmail, codesToNew);
        String wrong = code.equals("000000") ? "111111" : "000000";
        Browser.Page refused = CodePage.on(browser, codePage).enter(wrong);

        assertThat(CodePage.on(browser, refused).messages()).contains("Code incorrect");
        assertThat(now(holder).getEmail()).isEqualTo(holder.getEmail());

        Browser.Page cancelled = CodePage.on(browser, refused).cancel();
        assertThat(cancelled.uri().getPath()).isEqualTo("/realms/account/account/");
        assertThat(cancelled.query()).containsEntry("kc_action_status", "cancelled");
        UserRepresentation after = now(holder);
        assertThat(after.getEmail()).isEqualTo(holder.getEmail());
        assertThat(after.isEmailVerified()).isTrue();
        assertThat(TemporaryPasswordMail.countWith(mail, holder.getEmail(), NOTICE)).as("no notice: nothing changed").isZero();
        assertThat(admin.realm(Providers.ACCOUNT).getEvents(List.of("UPDATE_EMAIL"), null, holder.getId(), null, null, null, 0, 10))
                .isEmpty();
    }

    @Test
    void theMobileNumberChangesWithACodeBySmsToTheNewNumber() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        String oldNumber = holder.getAttributes().get("phone_number").get(0);
        String newNumber = Providers.randomMobile();
        String typed = "0" + newNumber.substring(4);   // as people type it in Morocco: 06…
        Browser browser = new Browser(urls.getBase());

        Browser.Page form = startAction(browser, CHANGE_PHONE, holder);
        assertThat(form.document().text()).contains("Votre nouveau numéro de mobile");
        Browser.Page unchanged = ContactPage.on(browser, form).enter(oldNumber, oldNumber);
        assertThat(ContactPage.on(browser, unchanged).messages()).contains("C’est déjà le numéro de mobile de votre compte");

        Browser.Page codePage = ContactPage.on(browser, unchanged).enter(typed, newNumber);
        assertThat(sms.lastMessage()).containsEntry("to", newNumber);
        assertThat(now(holder).getAttributes()).containsEntry("phone_number", List.of(oldNumber));
        Browser.Page back = CodePage.on(browser, codePage).enter(sms.lastCode());

        assertThat(back.query()).containsEntry("kc_action_status", "success");
        assertThat(now(holder).getAttributes()).containsEntry("phone_number", List.of(newNumber))
                .containsEntry("phone_number_verified", List.of("true"));
        TemporaryPasswordMail notice = TemporaryPasswordMail.awaitWith(mail, holder.getEmail(), 0, NOTICE);
        assertThat(notice.subject()).isEqualTo("Bawaba — le numéro de mobile de votre compte a changé");
        assertThat(notice.html().text()).contains(newNumber.substring(0, 4)).doesNotContain(newNumber);
        List<EventRepresentation> events = admin.realm(Providers.ACCOUNT)
                .getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, holder.getId(), null, null, null, 0, 100);
        // Keycloak also records the action's success, without the values.
        assertThat(events).filteredOn(e -> CHANGE_PHONE.equals(e.getDetails().get("custom_required_action"))
                        && e.getDetails().containsKey("updated_phone_number"))
                .singleElement().satisfies(e -> assertThat(e.getDetails())
                        .containsEntry("updated_phone_number", newNumber.substring(0, 4) + "*******" + newNumber.substring(11))
                        .doesNotContainValue(newNumber).doesNotContainValue(oldNumber));
    }

    @Test
    void anAddressOfAnotherAccountIsRefusedWithoutSayingWhose() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        UserRepresentation other = Providers.accountHolder(admin, Person.random());
        int codesToOther = TemporaryPasswordMail.countCodesFor(mail, other.getEmail());
        Browser browser = new Browser(urls.getBase());

        Browser.Page codePage = ContactPage.on(browser, startAction(browser, CHANGE_EMAIL, holder))
                .enter(other.getEmail(), other.getEmail());
        // Only whoever reads that mailbox can go on, and learns only that the address is taken.
        Browser.Page refused = CodePage.on(browser, codePage)
                .enter(TemporaryPasswordMail.awaitCodeFor(mail, other.getEmail(), codesToOther));

        assertThat(ContactPage.on(browser, refused).messages())
                .contains("Cette adresse électronique est déjà utilisée par un autre compte");
        assertThat(refused.body()).doesNotContain(other.getUsername()).doesNotContain(other.getId());
        assertThat(now(holder).getEmail()).isEqualTo(holder.getEmail());
        assertThat(now(other).getEmail()).isEqualTo(other.getEmail());
    }

    @Test
    void keycloaksOwnEmailUpdateCannotBypassTheCode() {
        for (String realm : List.of(Providers.ACCOUNT, "bawaba", Providers.EID)) {
            assertThat(admin.realm(realm).flows().getRequiredActions())
                    .as("Keycloak's UPDATE_EMAIL is off in %s", realm)
                    .filteredOn(action -> "UPDATE_EMAIL".equals(action.getAlias()))
                    .allSatisfy(action -> assertThat(action.isEnabled()).isFalse());
        }
        assertThat(admin.realm(Providers.ACCOUNT).flows().getRequiredActions())
                .filteredOn(RequiredActionProviderRepresentation::isEnabled)
                .extracting(RequiredActionProviderRepresentation::getAlias)
                .contains(CHANGE_EMAIL, CHANGE_PHONE, "UPDATE_PASSWORD", "UPDATE_PROFILE", "VERIFY_PROFILE");

        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser browser = new Browser(urls.getBase());
        Browser.Page page = browser.open(consoleAttempt("UPDATE_EMAIL").authorizationUrl());
        if (PasswordSignInPage.isShownOn(page)) {
            page = PasswordSignInPage.on(browser, page).signInToCode(holder).enter(sms.lastCode());
        }
        assertThat(page.document().select("#kc-update-email-form")).as("no form of Keycloak's own: %s", page.body()).isEmpty();
        assertThat(page.query().get("kc_action_status")).as("at %s", page.uri()).isNotEqualTo("success");
        if (!page.document().select("form").isEmpty()) {
            browser.submit(page, "form", Map.of("email", "pirate@attaquant.example"));
        }
        assertThat(now(holder).getEmail()).isEqualTo(holder.getEmail());
    }
}
