package org.bawaba.space;

import java.net.URI;
import java.util.Optional;

import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.models.ClientModel;
import org.keycloak.models.RealmModel;

/** Addresses of the person's space that other parts of Bawaba give people (in an email, say). */
public final class PersonSpaceLinks {

    private PersonSpaceLinks() {
    }

    /** "Where I am signed in", in the given language, when this realm has a space. */
    public static Optional<URI> sessions(URI baseUri, RealmModel realm, String language) {
        ClientModel space = realm.getClientByClientId(SpaceSignIn.CLIENT_ID);
        if (space == null || !space.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(UriBuilder.fromUri(baseUri).path("realms").path(realm.getName())
                .path(PersonSpaceResourceProviderFactory.PROVIDER_ID).path(SpacePage.SESSIONS.path())
                .queryParam("kc_locale", language).build());
    }
}
