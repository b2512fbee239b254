package org.bawaba.federation.service;

import java.io.IOException;
import java.util.Locale;
import java.util.Properties;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.Theme;

/**
 * The name of the service a person signs in to, as the pages show it: a client name written {@code ${key}} is a
 * message key of the login theme or of the realm's localization texts, in the person's language.
 */
public final class ServiceName {

    private ServiceName() {
    }

    public static String of(KeycloakSession session, RealmModel realm, ClientModel client) {
        String name = client.getName() == null || client.getName().isBlank() ? client.getClientId() : client.getName();
        if (!(name.startsWith("${") && name.endsWith("}"))) {
            return name;
        }
        String key = name.substring(2, name.length() - 1);
        try {
            Locale locale = session.getContext().resolveLocale(null);
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
            return messages.getProperty(key, client.getClientId());
        } catch (IOException | RuntimeException e) {
            return client.getClientId();
        }
    }
}
