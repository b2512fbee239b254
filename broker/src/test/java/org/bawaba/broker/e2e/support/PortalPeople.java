package org.bawaba.broker.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.REALM;
import static org.bawaba.broker.e2e.support.DemoRealm.issuer;

import java.util.List;

import org.bawaba.broker.e2e.support.Providers.Person;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * People of the integrators' portal: a person who signs in to the portal through the front door (account provider),
 * is given a portal role by an administrator, and signs in again (their session at the front door answers at once)
 * for a token that carries it.
 */
public final class PortalPeople {

    public static final String PORTAL_CLIENT = "bawaba-portal";
    public static final String PORTAL_SECRET = "demo-only-portal-secret";
    public static final String PORTAL_REDIRECT = PortalProcess.BASE + "/signed-in";

    /** A portal user: the account holder (to sign in again) and an access token with the role. */
    public record PortalPerson(UserRepresentation holder, String accessToken) {
    }

    private PortalPeople() {
    }

    public static PortalPerson withRole(Keycloak admin, String brokerBase, SmsGatewayStub sms, String role) {
        UserRepresentation holder = Providers.accountHolder(admin, Person.random());
        RelyingParty portalClient = new RelyingParty(issuer(brokerBase), PORTAL_CLIENT, PORTAL_SECRET, PORTAL_REDIRECT);
        Browser browser = new Browser(brokerBase);
        Browser.Page first = Providers.agreeToShareIfAsked(browser,
                Providers.signInWithAccount(browser, portalClient.newAttempt().authorizationUrl(), holder, sms));
        assertThat(first.leftBrokerTo()).as(first.body()).isNotNull();

        RealmResource realm = admin.realm(REALM);
        UserRepresentation person = Providers.frontDoorUsersLinkedTo(admin, Providers.ACCOUNT, holder).get(0);
        ClientRepresentation portal = realm.clients().findByClientId(PORTAL_CLIENT).get(0);
        RoleRepresentation granted = realm.clients().get(portal.getId()).roles().get(role).toRepresentation();
        realm.users().get(person.getId()).roles().clientLevel(portal.getId()).add(List.of(granted));

        RelyingParty.Attempt again = portalClient.newAttempt();
        Browser.Page back = browser.open(again.authorizationUrl());
        assertThat(back.leftBrokerTo()).as(back.body()).isNotNull();
        RelyingParty.Json tokens = again.exchange(back.redirectParameters().get("code"));
        assertThat(tokens.status()).as("%s", tokens).isEqualTo(200);
        return new PortalPerson(holder, tokens.string("access_token"));
    }
}
