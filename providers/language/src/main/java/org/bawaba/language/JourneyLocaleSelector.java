package org.bawaba.language;

import java.util.Locale;

import org.keycloak.locale.DefaultLocaleSelectorProvider;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.theme.Theme;

/**
 * Keycloak's locale selection, except that a language the relying party asked for ({@code ui_locales}) counts as
 * the person's own choice for the whole login, as the language switcher does. Keycloak prefers an account's stored
 * {@code locale} to {@code ui_locales}, so a journey begun in Arabic turned French once the account was known.
 *
 * <p>The request's language is copied, once, into the login's "user requested locale" note: Keycloak then ranks it
 * first, the switcher still overrides it, and Keycloak's {@code update_user_locale} required action stores it in the
 * account at the end of the login. The note lives in the authentication session, so every node sees it.
 */
final class JourneyLocaleSelector implements LocaleSelectorProvider {

    private final KeycloakSession session;
    private final DefaultLocaleSelectorProvider keycloak;

    JourneyLocaleSelector(KeycloakSession session) {
        this.session = session;
        this.keycloak = new DefaultLocaleSelectorProvider(session);
    }

    @Override
    public Locale resolveLocale(RealmModel realm, UserModel user) {
        adoptRequestedLanguage(realm);
        return keycloak.resolveLocale(realm, user);
    }

    @Override
    public Locale resolveLocale(RealmModel realm, UserModel user, Theme.Type themeType) {
        adoptRequestedLanguage(realm);
        return keycloak.resolveLocale(realm, user, themeType);
    }

    @Override
    public Locale resolveLocale(RealmModel realm, UserModel user, boolean ignoreAcceptLanguageHeader) {
        adoptRequestedLanguage(realm);
        return keycloak.resolveLocale(realm, user, ignoreAcceptLanguageHeader);
    }

    private void adoptRequestedLanguage(RealmModel realm) {
        AuthenticationSessionModel login = session.getContext().getAuthenticationSession();
        if (login == null || !realm.isInternationalizationEnabled()
                || login.getAuthNote(USER_REQUEST_LOCALE) != null) {
            return;
        }
        ChosenLanguage.among(login.getClientNote(CLIENT_REQUEST_LOCALE), realm.getSupportedLocalesStream()
                        .map(Locale::forLanguageTag).toList())
                .ifPresent(language -> login.setAuthNote(USER_REQUEST_LOCALE, language));
    }

    @Override
    public void close() {
    }
}
