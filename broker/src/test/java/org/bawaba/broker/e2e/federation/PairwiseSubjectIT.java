package org.bawaba.broker.e2e.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.federation.Providers.Person;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.RelyingParty.Json;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/** Pairwise subjects: each RP sees its own sub for one person, the same one at every sign-in. */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class PairwiseSubjectIT {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @Test
    void subDiffersBetweenRpsAndStaysTheSameAcrossSignIns() {
        UserRepresentation holder = Providers.eidHolder(admin, Person.random());
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        RelyingParty cnops = new RelyingParty(issuer(urls.getBase()), CNOPS_PORTAL, CNOPS_PORTAL_SECRET, CNOPS_PORTAL_REDIRECT);
        RelyingParty cimr = new RelyingParty(issuer(urls.getBase()), CIMR_DIALCOM, null, CIMR_DIALCOM_REDIRECT);

        String ocFirst = signIn(oc, holder).getSubject();
        String ocAgain = signIn(oc, holder).getSubject();
        String cnopsSub = signIn(cnops, holder).getSubject();
        String cimrSub = signIn(cimr, holder).getSubject();
        String cnopsAgain = signIn(cnops, holder).getSubject();

        String frontDoorId = Providers.frontDoorUsersLinkedTo(admin, Providers.EID, holder).get(0).getId();
        assertThat(ocAgain).isEqualTo(ocFirst);
        assertThat(cnopsAgain).isEqualTo(cnopsSub);
        assertThat(ocFirst).isNotEqualTo(cnopsSub).isNotEqualTo(cimrSub).isNotEqualTo(frontDoorId);
        assertThat(cnopsSub).isNotEqualTo(cimrSub).isNotEqualTo(frontDoorId);
    }

    @Test
    void localPasswordSignInIsPairwiseToo() {
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = oc.newAttempt();
        Browser.Page back = browser.submit(browser.open(attempt.authorizationUrl()), "#kc-form-login",
                Map.of("username", DEMO_USERNAME, "password", DEMO_PASSWORD));
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        JWTClaimsSet id = oc.verifyIdToken(tokens.string("id_token"), attempt.nonce);

        String demoId = admin.realm(REALM).users().searchByUsername(DEMO_USERNAME, true).get(0).getId();
        assertThat(id.getSubject()).isNotEqualTo(demoId);
        assertThat(oc.userinfo(tokens.string("access_token")).string("sub")).isEqualTo(id.getSubject());
    }

    private JWTClaimsSet signIn(RelyingParty rp, UserRepresentation eidHolder) {
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = rp.newAttempt();
        Browser.Page back = Providers.signInWithEid(browser, attempt.authorizationUrl(), eidHolder);
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
        return rp.verifyIdToken(tokens.string("id_token"), attempt.nonce);
    }
}
