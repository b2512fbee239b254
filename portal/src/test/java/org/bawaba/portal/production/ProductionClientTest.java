package org.bawaba.portal.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bawaba.portal.application.Application;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

class ProductionClientTest {

    @Test
    void anApprovedApplicationBecomesAConfidentialConsentingClientWithExactlyItsScopes() {
        Application application = approved();

        ClientRepresentation client = ProductionClient.settings(application);

        assertThat(client.getClientId()).isEqualTo("rp-" + application.id);
        assertThat(client.isPublicClient()).isFalse();
        assertThat(client.isConsentRequired()).isTrue();
        assertThat(client.isFullScopeAllowed()).isFalse();
        assertThat(client.isImplicitFlowEnabled()).isFalse();
        assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(client.getRedirectUris()).containsExactly("https://declarations.oc.example.ma/callback");
        assertThat(client.getDefaultClientScopes()).containsExactly("basic", "acr", "amr", "profile", "email");
        assertThat(client.getOptionalClientScopes()).isEmpty();
        assertThat(client.getAttributes())
                .containsEntry("pkce.code.challenge.method", "S256")
                .containsEntry("bawaba.identityProviders", "account##eid")
                .containsEntry("default.acr.values", "eidas2")
                .containsEntry("minimum.acr.value", "eidas2")
                .containsEntry("backchannel.logout.url", "https://declarations.oc.example.ma/logout")
                .containsEntry("post.logout.redirect.uris", "https://declarations.oc.example.ma/");
    }

    @Test
    void everyClientGetsItsOwnPairwiseSalt() {
        ProtocolMapperRepresentation one = ProductionClient.pairwiseSubject();
        ProtocolMapperRepresentation two = ProductionClient.pairwiseSubject();

        assertThat(one.getProtocolMapper()).isEqualTo("oidc-sha256-pairwise-sub-mapper");
        assertThat(one.getConfig().get("pairwiseSubAlgorithmSalt")).hasSizeGreaterThanOrEqualTo(43)
                .isNotEqualTo(two.getConfig().get("pairwiseSubAlgorithmSalt"));
    }

    private static Application approved() {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.serviceNameFr = "Déclarations en ligne";
        application.descriptionFr = "Déclarer ses avoirs à l'étranger.";
        application.redirectUris.add("https://declarations.oc.example.ma/callback");
        application.postLogoutRedirectUris.add("https://declarations.oc.example.ma/");
        application.backchannelLogoutUrl = "https://declarations.oc.example.ma/logout";
        application.claimScopes.putAll(Map.of("email", "Circulaire", "profile", "Loi 15-95"));
        application.levelOfAssurance = "eidas2";
        application.identityProviders.addAll(List.of("eid", "account"));
        return application;
    }
}
