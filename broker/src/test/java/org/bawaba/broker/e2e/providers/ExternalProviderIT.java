package org.bawaba.broker.e2e.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bawaba.broker.e2e.support.DemoRealm.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import com.nimbusds.jwt.JWTClaimsSet;
import org.bawaba.broker.e2e.BawabaServerConfig;
import org.bawaba.broker.e2e.support.Browser;
import org.bawaba.broker.e2e.support.Providers;
import org.bawaba.broker.e2e.support.RelyingParty;
import org.bawaba.broker.e2e.support.RelyingParty.Json;
import org.bawaba.broker.e2e.support.TestUsers;
import org.bawaba.broker.e2e.support.pages.ChooserPage;
import org.bawaba.broker.e2e.support.pages.PasswordSignInPage;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * An operator adds an external OIDC provider through the admin API, exactly as README.md describes,
 * and a person signs in through it. The "external" provider is a throw-away realm of the same server.
 */
@KeycloakIntegrationTest(config = BawabaServerConfig.class)
class ExternalProviderIT {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @Test
    void anOidcProviderAddedThroughTheAdminApiSignsPeopleIn() {
        String alias = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = "test-only-" + UUID.randomUUID();
        createExternalRealm(alias, secret);
        try {
            addProvider(alias, secret, urls.getBase() + "/realms/" + alias + "/protocol/openid-connect/token");
            RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
            RelyingParty.Attempt attempt = oc.newAttempt();
            Browser browser = new Browser(urls.getBase());

            PasswordSignInPage login = PasswordSignInPage.open(browser, attempt.authorizationUrl() + "&kc_idp_hint=" + alias);
            assertThat(login.realm()).isEqualTo(alias);
            Browser.Page back = Providers.agreeToShare(browser, login.signIn("nadia", TestUsers.PASSWORD));

            Json tokens = attempt.exchange(back.redirectParameters().get("code"));
            assertThat(tokens.status()).as("token response %s", tokens).isEqualTo(200);
            JWTClaimsSet id = oc.verifyIdToken(tokens.string("id_token"), attempt.nonce);
            assertThat(id.getClaims())
                    .containsEntry("given_name", "Nadia")
                    .containsEntry("family_name", "Alaoui")
                    .containsEntry("email", "nadia@" + alias + ".example")
                    .doesNotContainKey("preferred_username");
        } finally {
            admin.realm(REALM).identityProviders().get(alias).remove();
            admin.realm(alias).remove();
        }
    }

    @Test
    void aProviderThatCannotCompleteTheSignInSendsThePersonBackToTheChooser() {
        String alias = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = "test-only-" + UUID.randomUUID();
        createExternalRealm(alias, secret);
        try {
            // Nothing listens on the discard port: the code exchange fails after the person signed in there.
            addProvider(alias, secret, "http://127.0.0.1:9/token");
            RelyingParty oc = new RelyingParty(issuer(urls.getBase()), OC_CONNECT, OC_CONNECT_SECRET, OC_CONNECT_REDIRECT);
            RelyingParty.Attempt attempt = oc.newAttempt();
            Browser browser = new Browser(urls.getBase());
            Browser.Page afterSignIn = PasswordSignInPage.open(browser, attempt.authorizationUrl() + "&kc_idp_hint=" + alias)
                    .signIn("nadia", TestUsers.PASSWORD);

            assertThat(afterSignIn.leftBroker()).isFalse();
            assertThat(afterSignIn.uri().getPath()).startsWith("/realms/bawaba/");
            ChooserPage chooser = ChooserPage.on(browser, afterSignIn);
            assertThat(chooser.messages()).contains("Ce fournisseur d’identité n’a pas pu terminer votre identification");
            assertThat(admin.realm(REALM).users().searchByUsername(alias + ".nadia", true)).as("no account created").isEmpty();

            Browser.Page back = chooser.backToService();
            assertThat(back.leftBrokerTo().toString()).startsWith(OC_CONNECT_REDIRECT + "?");
            assertThat(back.redirectParameters()).containsEntry("error", "access_denied").containsEntry("state", attempt.state)
                    .doesNotContainKey("code");
        } finally {
            admin.realm(REALM).identityProviders().get(alias).remove();
            admin.realm(alias).remove();
        }
    }

    private void createExternalRealm(String alias, String secret) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("bawaba");
        client.setPublicClient(false);
        client.setSecret(secret);
        client.setStandardFlowEnabled(true);
        client.setDirectAccessGrantsEnabled(false);
        client.setRedirectUris(List.of(urls.getBase() + "/realms/bawaba/broker/" + alias + "/endpoint"));
        client.setAttributes(Map.of("pkce.code.challenge.method", "S256",
                "post.logout.redirect.uris", urls.getBase() + "/realms/bawaba/broker/" + alias + "/endpoint/logout_response"));

        UserRepresentation user = new UserRepresentation();
        user.setUsername("nadia");
        user.setEnabled(true);
        user.setEmail("nadia@" + alias + ".example");
        user.setEmailVerified(true);
        user.setFirstName("Nadia");
        user.setLastName("Alaoui");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(TestUsers.PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));

        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(alias);
        realm.setEnabled(true);
        realm.setClients(List.of(client));
        realm.setUsers(List.of(user));
        admin.realms().create(realm);
    }

    /** The README's recipe, through the admin API. */
    private void addProvider(String alias, String secret, String tokenUrl) {
        String base = urls.getBase() + "/realms/" + alias;
        String oidc = base + "/protocol/openid-connect";
        Map<String, String> config = new LinkedHashMap<>();
        config.put("issuer", base);
        config.put("authorizationUrl", oidc + "/auth");
        config.put("tokenUrl", tokenUrl);
        config.put("userInfoUrl", oidc + "/userinfo");
        config.put("jwksUrl", oidc + "/certs");
        config.put("logoutUrl", oidc + "/logout");
        config.put("clientId", "bawaba");
        config.put("clientSecret", secret);
        config.put("clientAuthMethod", "client_secret_basic");
        config.put("pkceEnabled", "true");
        config.put("pkceMethod", "S256");
        config.put("validateSignature", "true");
        config.put("useJwksUrl", "true");
        config.put("syncMode", "FORCE");
        config.put("defaultScope", "openid profile email");
        config.put("bawaba.loa", "eidas1");
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(alias);
        idp.setDisplayName("Partner (test)");
        idp.setProviderId("bawaba-oidc");
        idp.setEnabled(true);
        idp.setConfig(config);
        try (Response created = admin.realm(REALM).identityProviders().create(idp)) {
            assertThat(created.getStatus()).as("%s", created.readEntity(String.class)).isEqualTo(201);
        }
        mapper(alias, "username", "oidc-username-idp-mapper",
                Map.of("syncMode", "IMPORT", "template", "${ALIAS}.${CLAIM.preferred_username}", "target", "LOCAL"));
    }

    private void mapper(String alias, String name, String type, Map<String, String> config) {
        IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
        mapper.setName(name);
        mapper.setIdentityProviderAlias(alias);
        mapper.setIdentityProviderMapper(type);
        mapper.setConfig(config);
        try (Response created = admin.realm(REALM).identityProviders().get(alias).addMapper(mapper)) {
            assertThat(created.getStatus()).isEqualTo(201);
        }
    }
}
