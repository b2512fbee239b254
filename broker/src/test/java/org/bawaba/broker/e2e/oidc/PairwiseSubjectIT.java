package org.bawaba.broker.e2e.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.util.Map;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/** Pairwise subjects: each RP sees its own sub for one person, the same one at every sign-in. */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class PairwiseSubjectIT {

    @RegisterExtension
    static final SmsGatewayStub sms = new SmsGatewayStub();

    @RegisterExtension
    static final FaceServiceStub faces = new FaceServiceStub();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @Test
    void subDiffersBetweenRpsAndStaysTheSameAcrossSignIns() {
        ChipHolder holder = ChipHolder.of(Person.random());
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        RelyingParty cnops = new RelyingParty(issuer(urls.getBase()), CNOPS_PORTAL, CNOPS_PORTAL_SECRET, CNOPS_PORTAL_REDIRECT);
        RelyingParty cimr = new RelyingParty(issuer(urls.getBase()), CIMR_DIALCOM, null, CIMR_DIALCOM_REDIRECT);

        String ocFirst = signIn(oc, holder).getSubject();
        String ocAgain = signIn(oc, holder).getSubject();
        String cnopsSub = signIn(cnops, holder).getSubject();
        String cimrSub = signIn(cimr, holder).getSubject();
        String cnopsAgain = signIn(cnops, holder).getSubject();

        String frontDoorId = holder.frontDoorAccounts(admin).get(0).getId();
        assertThat(ocAgain).isEqualTo(ocFirst);
        assertThat(cnopsAgain).isEqualTo(cnopsSub);
        assertThat(ocFirst).isNotEqualTo(cnopsSub).isNotEqualTo(cimrSub).isNotEqualTo(frontDoorId);
        assertThat(cnopsSub).isNotEqualTo(cimrSub).isNotEqualTo(frontDoorId);
    }

    @Test
    void signInThroughTheAccountProviderIsPairwiseToo() {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
        RelyingParty.Attempt attempt = oc.newAttempt();
        Browser browser = new Browser(urls.getBase());
        Browser.Page back = Providers.agreeToShare(browser,
                Providers.signInThroughChooser(browser, attempt.authorizationUrl(), holder, sms));
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        JWTClaimsSet id = oc.verifyIdToken(tokens.string("id_token"), attempt.nonce);

        String frontDoorId = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder).get(0).getId();
        assertThat(id.getSubject()).isNotEqualTo(frontDoorId).isNotEqualTo(holder.getId());
        assertThat(oc.userinfo(tokens.string("access_token")).string("sub")).isEqualTo(id.getSubject());
    }

    private JWTClaimsSet signIn(RelyingParty rp, ChipHolder holder) {
        Browser browser = new Browser(urls.getBase());
        RelyingParty.Attempt attempt = rp.newAttempt();
        // Consent is asked at the first sign-in to each RP only.
        Browser.Page back = Providers.agreeToShareIfAsked(browser,
                holder.signIn(browser, attempt.authorizationUrl()));
        Json tokens = attempt.exchange(back.redirectParameters().get("code"));
        assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
        return rp.verifyIdToken(tokens.string("id_token"), attempt.nonce);
    }
}
