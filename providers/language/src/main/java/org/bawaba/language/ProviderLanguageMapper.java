package org.bawaba.language;

import java.util.List;
import java.util.Locale;

import org.keycloak.broker.oidc.mappers.AbstractClaimMapper;
import org.keycloak.broker.provider.AbstractIdentityProviderMapper;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.models.IdentityProviderSyncMode;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Identity-provider mapper: the language the person used at the provider (its ID token's {@code locale} claim, the
 * provider account's language once the login there ended) becomes the language of the rest of the journey at the
 * front door. A person who switched language on the provider's pages finds the consent page, and the account, in
 * that language. It changes no attribute itself: Keycloak's {@code update_user_locale} required action stores the
 * login's language in the front-door account.
 */
public final class ProviderLanguageMapper extends AbstractIdentityProviderMapper {

    public static final String ID = "bawaba-provider-language";
    static final String CLAIM = "locale";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String[] getCompatibleProviders() {
        return new String[] {ANY_PROVIDER};
    }

    @Override
    public String getDisplayCategory() {
        return "Preprocessor";
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: keep the language used at the provider";
    }

    @Override
    public String getHelpText() {
        return "The provider's 'locale' claim becomes the language of the rest of the sign-in at the front door "
                + "(consent page), and so of the front-door account.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public boolean supportsSyncMode(IdentityProviderSyncMode syncMode) {
        return true;
    }

    @Override
    public void preprocessFederatedIdentity(KeycloakSession session, RealmModel realm, IdentityProviderMapperModel mapperModel,
                                            BrokeredIdentityContext context) {
        AuthenticationSessionModel login = context.getAuthenticationSession();
        Object claim = AbstractClaimMapper.getClaimValue(context, CLAIM);
        if (login == null || !(claim instanceof String language) || !realm.isInternationalizationEnabled()) {
            return;
        }
        ChosenLanguage.among(language, realm.getSupportedLocalesStream().map(Locale::forLanguageTag).toList())
                .ifPresent(supported -> login.setAuthNote(LocaleSelectorProvider.USER_REQUEST_LOCALE, supported));
    }
}
