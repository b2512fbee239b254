package org.bawaba.device.alert;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Properties;

import org.keycloak.models.ClientModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.Theme;

/**
 * The service and the identity provider of a sign-in, named as the pages name them, in a given language: a client
 * name written {@code ${key}} is a message key of the login theme or of the realm's localization texts (README,
 * "Consent"); a provider is named by its theme message when there is one, else by its display name. Times are
 * Morocco's, where the services and their people are.
 */
public final class SignInNames {

    /** The chooser's message for a provider's name (providers/federation). */
    private static final String PROVIDER_NAME_KEY = "bawabaIdp.%s.name";

    public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

    private final Properties messages;

    private SignInNames(Properties messages) {
        this.messages = messages;
    }

    public static SignInNames in(KeycloakSession session, RealmModel realm, Locale locale) {
        try {
            return new SignInNames(session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale));
        } catch (IOException | RuntimeException e) {
            return new SignInNames(new Properties());
        }
    }

    public String service(ClientModel client) {
        String name = client.getName() == null || client.getName().isBlank() ? client.getClientId() : client.getName();
        if (name.startsWith("${") && name.endsWith("}")) {
            return messages.getProperty(name.substring(2, name.length() - 1), client.getClientId());
        }
        return name;
    }

    public String provider(IdentityProviderModel provider) {
        String displayName = provider.getDisplayName() == null || provider.getDisplayName().isBlank()
                ? provider.getAlias() : provider.getDisplayName();
        return messages.getProperty(String.format(PROVIDER_NAME_KEY, provider.getAlias()), displayName);
    }

    /** A date and time in words of the language, in Morocco's time, with Latin digits as Morocco writes them. */
    public static String when(long millis, Locale language) {
        Locale moroccan = switch (language.getLanguage()) {
            case "ar" -> Locale.forLanguageTag("ar-MA-u-nu-latn");
            case "fr" -> Locale.forLanguageTag("fr-MA");
            default -> Locale.forLanguageTag(language.getLanguage() + "-GB");
        };
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(moroccan)
                .withZone(ZONE)
                .format(Instant.ofEpochMilli(millis));
    }
}
