package org.bawaba.broker.e2e.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.util.Map;

import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.Providers.Person;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.password.TemporaryPasswordMail;
import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.pages.ChooserPage;
import org.bawaba.broker.e2e.support.pages.CodePage;
import org.bawaba.broker.e2e.support.pages.ContactPage;
import org.bawaba.broker.e2e.support.pages.ConsentPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The person's own space at the front door ({@code /realms/bawaba/bawaba-space/}): reached by signing in through the
 * chooser like any service, it shows the verified identity read-only, the services the person consented to (each
 * consent withdrawn there is asked again at the next sign-in) and the open sessions, which "sign out everywhere" ends.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class PersonSpaceIT {

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    private String space() {
        return urls.getBase() + "/realms/" + REALM + "/bawaba-space/";
    }

    private RelyingParty oc() {
        return new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
    }

    /** Signs in to the relying party through the chooser and accepts to share: the person now has a consent there. */
    private void signInToOc(Browser browser, UserRepresentation holder) {
        RelyingParty.Attempt attempt = oc().newAttempt();
        Browser.Page back = Providers.agreeToShareIfAsked(browser,
                Providers.signInThroughChooser(browser, attempt.authorizationUrl(), holder, sms));
        assertThat(back.redirectParameters()).as(back.body()).containsKey("code");
    }

    private UserResource frontDoorAccount(UserRepresentation holder) {
        var linked = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder);
        assertThat(linked).hasSize(1);
        return admin.realm(REALM).users().get(linked.get(0).getId());
    }

    @Test
    void signingInToTheSpaceGoesThroughTheChooserAndShowsTheVerifiedIdentityReadOnly() {
        Person person = Person.random();
        UserRepresentation holder = Providers.accountHolder(admin, person);
        Browser browser = new Browser(urls.getBase());

        Browser.Page chooser = browser.open(space());
        assertThat(ChooserPage.isShownOn(chooser)).as("the front door's chooser: %s", chooser.body()).isTrue();
        Browser.Page identity = Providers.signInFromChooser(browser, chooser, holder, sms);

        assertThat(identity.uri().toString()).isEqualTo(space());
        Document page = identity.document();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("#kc-page-title").text()).isEqualTo("Mon identité");
        assertThat(page.select("#bawaba-space-field-lastName").text()).isEqualTo(person.familyName());
        assertThat(page.select("#bawaba-space-field-firstName").text()).isEqualTo(person.givenName());
        assertThat(page.select("#bawaba-space-field-family_name_ar").text()).isEqualTo(person.familyNameAr());
        assertThat(page.select("#bawaba-space-field-birthdate").text()).isEqualTo(person.birthdate());
        assertThat(page.select("#bawaba-space-field-email").text()).isEqualTo(holder.getEmail());
        assertThat(page.select("#bawaba-space-field-national_id")).as("the national identifier is for administrators").isEmpty();
        assertThat(page.select("input:not([type=hidden]), textarea, select:not(#login-select-toggle)")).as("nothing to edit but the language").isEmpty();
        assertThat(page.select("#bawaba-space-nav-identity").attr("aria-current")).isEqualTo("page");

        // Signed in now: the next page opens at once.
        Browser.Page sessions = browser.open(space() + "sessions");
        assertThat(sessions.uri().toString()).isEqualTo(space() + "sessions");
        assertThat(sessions.document().select("#bawaba-space-this-session")).hasSize(1);
    }

    @Test
    void theHistoryShowsEachSignInWithItsServiceProviderLevelAndTheDataShared() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser browser = new Browser(urls.getBase());
        signInToOc(browser, holder);

        Document page = browser.open(space() + "history").document();

        assertThat(page.select("#kc-page-title").text()).isEqualTo("Mes connexions");
        assertThat(page.body().text()).contains("Conservé 12 mois");
        var signIns = page.select(".bawaba-space-sign-in");
        assertThat(signIns).as("the sign-in at the service; the space opened on its session, no new sign-in").hasSize(1);
        var atOc = signIns.get(0);
        assertThat(atOc.select(".bawaba-space-sign-in__service").text()).isEqualTo("Office des Changes — OC CONNECT");
        assertThat(atOc.select(".bawaba-space-sign-in__provider").text()).isEqualTo("Compte Bawaba");
        assertThat(atOc.select(".bawaba-space-sign-in__level").text()).isEqualTo("substantiel (eIDAS 2)");
        assertThat(atOc.select(".bawaba-space-sign-in__claims").text()).contains("prénoms", "nom de famille",
                "date de naissance", "lieu de naissance", "adresse électronique", "prénoms en arabe");

        // Signing in to the space itself is a sign-in too; the space receives no personal data.
        Browser laptop = new Browser(urls.getBase());
        Document fromLaptop = Providers.signInThroughChooser(laptop, space() + "history", holder, sms).document();
        var now = fromLaptop.select(".bawaba-space-sign-in");
        assertThat(now).hasSize(2);
        assertThat(now.get(0).select(".bawaba-space-sign-in__service").text()).isEqualTo("Mon espace Bawaba");
        assertThat(now.get(0).select(".bawaba-space-sign-in__claims").text()).doesNotContain("date de naissance");

        Document stranger = new Browser(urls.getBase()).open(space() + "history").document();
        assertThat(stranger.select(".bawaba-space-sign-in")).as("another browser signs in first").isEmpty();
    }

    @Test
    void theMobileNumberIsChangedAtTheProviderWithACodeAndThePersonComesBack() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        String newNumber = Providers.randomMobile();
        Browser browser = new Browser(urls.getBase());
        Browser.Page identity = Providers.signInThroughChooser(browser, space(), holder, sms);
        String link = identity.document().select("#bawaba-space-change-phone").attr("abs:href");
        assertThat(link).isEqualTo(space() + "contact/phone");

        Browser.Page form = browser.open(link);
        assertThat(form.uri().getPath()).as("the provider holds the number: %s", form.body()).startsWith("/realms/account/");
        assertThat(form.document().select("#bawaba-contact-form")).as("the provider's contact form: %s", form.body()).hasSize(1);
        Browser.Page codePage = ContactPage.on(browser, form).enter(newNumber, newNumber);
        assertThat(codePage.document().select("#bawaba-code-form")).as("the code page: %s", codePage.body()).hasSize(1);
        assertThat(sms.lastMessage()).containsEntry("to", newNumber);
        Browser.Page back = CodePage.on(browser, codePage).enter(sms.lastCode());

        assertThat(back.uri().toString()).isEqualTo(space() + "?done=contact-changed");
        assertThat(back.document().select("#bawaba-space-done").text()).startsWith("Votre changement est enregistré");
        assertThat(admin.realm(Providers.ACCOUNT).users().get(holder.getId()).toRepresentation().getAttributes())
                .containsEntry("phone_number", java.util.List.of(newNumber));
    }

    @Test
    void blockingAProviderIsConfirmedByEmailAndDisablesItsTileButTheLastWayInStays() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser browser = new Browser(urls.getBase());
        Providers.signInThroughChooser(browser, space(), holder, sms);
        Browser.Page page = browser.open(space() + "providers");
        assertThat(page.document().select("#bawaba-space-providers input[name=blocked]").eachAttr("value"))
                .containsExactly(Providers.ACCOUNT, Providers.EID);

        Browser.Page lastWayIn = browser.submit(page, "#bawaba-space-providers", Map.of("blocked", Providers.ACCOUNT));
        assertThat(lastWayIn.document().select("#bawaba-space-error").text())
                .as("the only provider this account signs in with").isNotEmpty();
        assertThat(frontDoorAccount(holder).toRepresentation().getAttributes()).doesNotContainKey("bawaba_blocked_idps");
        int mailsBefore = TemporaryPasswordMail.countWith(mail, holder.getEmail(), "#bawaba-blocked");

        Browser.Page saved = browser.submit(lastWayIn, "#bawaba-space-providers", Map.of("blocked", Providers.EID));

        assertThat(saved.document().select("#bawaba-space-done").text()).isEqualTo("Votre choix est enregistré. Un courriel vous le confirme.");
        assertThat(saved.document().select("#bawaba-space-block-eid").hasAttr("checked")).isTrue();
        TemporaryPasswordMail confirmation = TemporaryPasswordMail.awaitWith(mail, holder.getEmail(), mailsBefore, "#bawaba-blocked");
        assertThat(confirmation.html().select("#bawaba-blocked li").eachText()).containsExactly("Identité numérique (CNIE)");

        Browser.Page chooser = browser.open(oc().newAttempt().with("prompt", "login").authorizationUrl());
        assertThat(ChooserPage.on(browser, chooser).isDisabled(Providers.EID)).isTrue();
        assertThat(chooser.document().select("#bawaba-tile-eid").text()).contains("Vous avez bloqué ce fournisseur d’identité");
        Browser.Page hinted = browser.open(oc().newAttempt().with("prompt", "login").with("kc_idp_hint", Providers.EID).authorizationUrl());
        assertThat(ChooserPage.isShownOn(hinted)).as("the hint is refused: the chooser, not the provider").isTrue();

        Browser.Page again = browser.open(space() + "providers");
        Browser.Page unchanged = browser.submit(again, "#bawaba-space-providers", Map.of("blocked", Providers.EID));
        assertThat(unchanged.document().select("#bawaba-space-done").text()).isEqualTo("Rien n’a changé.");
        assertThat(TemporaryPasswordMail.countWith(mail, holder.getEmail(), "#bawaba-blocked")).isEqualTo(mailsBefore + 1);
    }

    @Test
    void aLanguageChosenInTheSpaceIsThePersonsFromThenOn() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser browser = new Browser(urls.getBase());
        Providers.signInThroughChooser(browser, space(), holder, sms);

        Document arabic = browser.open(space() + "services?kc_locale=ar").document();
        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("#kc-page-title").text()).isEqualTo("الخدمات الإلكترونية المرتبطة");

        Document next = browser.open(space() + "sessions").document();
        assertThat(next.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(frontDoorAccount(holder).toRepresentation().getAttributes()).containsEntry("locale", java.util.List.of("ar"));
    }

    @Test
    void withdrawingAConsentMakesTheServiceAskAgainAtTheNextSignIn() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser browser = new Browser(urls.getBase());
        signInToOc(browser, holder);

        Browser.Page services = browser.open(space() + "services");
        Document page = services.document();
        assertThat(page.select("#bawaba-space-service-oc-connect h2").text()).isEqualTo("Office des Changes — OC CONNECT");
        assertThat(page.select("#bawaba-space-service-oc-connect li").eachText()).contains("Votre lieu de naissance");

        Browser.Page withdrawn = browser.submit(services, "#bawaba-space-revoke-oc-connect", Map.of());

        assertThat(withdrawn.uri().getPath()).endsWith("/bawaba-space/services");
        assertThat(withdrawn.document().select("#bawaba-space-done").text()).startsWith("Votre accord est retiré.");
        assertThat(withdrawn.document().select("#bawaba-space-service-oc-connect")).isEmpty();
        assertThat(withdrawn.document().select("#bawaba-space-no-services")).hasSize(1);
        assertThat(frontDoorAccount(holder).getConsents()).isEmpty();

        // Still signed in at the front door: no chooser, no password; but the consent page again.
        Browser.Page again = browser.open(oc().newAttempt().authorizationUrl());
        assertThat(ConsentPage.isShownOn(again)).as("asked again: %s", again.body()).isTrue();
    }

    @Test
    void aChangeWithoutTheSpacesFormTokenChangesNothing() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser browser = new Browser(urls.getBase());
        signInToOc(browser, holder);
        Browser.Page services = browser.open(space() + "services");

        Browser.Page forged = browser.submit(services, "#bawaba-space-revoke-oc-connect", Map.of("bawaba_space_token", "forged"));
        assertThat(forged.document().select("#bawaba-space-service-oc-connect")).hasSize(1);

        Browser.Page empty = browser.submit(services, "#bawaba-space-revoke-oc-connect", Map.of("bawaba_space_token", ""));
        assertThat(empty.document().select("#bawaba-space-service-oc-connect")).hasSize(1);

        Browser stranger = new Browser(urls.getBase());
        Browser.Page fromElsewhere = stranger.submit(services, "#bawaba-space-revoke-oc-connect", Map.of());
        assertThat(ChooserPage.isShownOn(fromElsewhere)).as("no session there: sign in first").isTrue();

        assertThat(frontDoorAccount(holder).getConsents()).hasSize(1);
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfThePerson() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        Browser phone = new Browser(urls.getBase());
        signInToOc(phone, holder);
        Browser laptop = new Browser(urls.getBase());
        Providers.signInThroughChooser(laptop, space(), holder, sms);
        UserResource account = frontDoorAccount(holder);
        assertThat(account.getUserSessions()).hasSize(2);

        Browser.Page sessions = laptop.open(space() + "sessions");
        assertThat(sessions.document().select(".bawaba-space-session")).hasSize(2);
        assertThat(sessions.document().select(".bawaba-space-session").text()).contains("Office des Changes — OC CONNECT");

        Browser.Page signedOut = laptop.submit(sessions, "#bawaba-space-sign-out-everywhere", Map.of());

        assertThat(signedOut.uri().getPath()).endsWith("/bawaba-space/signed-out");
        assertThat(signedOut.document().select("#bawaba-space-signed-out").text()).isEqualTo("Vous êtes déconnecté de Bawaba.");
        assertThat(account.getUserSessions()).isEmpty();
        assertThat(ChooserPage.isShownOn(phone.open(oc().newAttempt().authorizationUrl())))
                .as("the other browser signs in again").isTrue();
        assertThat(ChooserPage.isShownOn(laptop.open(space()))).as("this one too").isTrue();
    }

    @Test
    void aRealmWithoutTheSpacesClientHasNoSpace() {
        Browser browser = new Browser(urls.getBase());
        assertThat(browser.open(urls.getBase() + "/realms/account/bawaba-space/").status()).isEqualTo(404);
        assertThat(browser.open(urls.getBase() + "/realms/eid/bawaba-space/").status()).isEqualTo(404);
    }
}
