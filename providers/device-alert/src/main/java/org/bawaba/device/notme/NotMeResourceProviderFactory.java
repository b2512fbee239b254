package org.bawaba.device.notme;

import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** The "this was not me" page of a realm: {@code /realms/{realm}/bawaba-not-me/{token}}. */
public final class NotMeResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "bawaba-not-me";

    /** The link of an alert: the token in the path (the language switcher keeps paths), the mail's language. */
    public static String link(URI baseUri, RealmModel realm, String token, String language) {
        return UriBuilder.fromUri(baseUri).path("realms").path(realm.getName()).path(ID).path(token)
                .queryParam("kc_locale", language).build().toString();
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new NotMeResource(session);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
