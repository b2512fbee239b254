package org.bawaba.federation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** The linking step's settings, read from its authenticator configuration, with the shipped defaults. */
public record IdentityLinkSettings(String attribute, Set<String> trustedProviders, boolean matchPivotIdentity) {

    public static final String ATTRIBUTE = "nationalIdAttribute";
    public static final String TRUSTED_PROVIDERS = "trustedProviders";
    public static final String MATCH_PIVOT_IDENTITY = "matchPivotIdentity";

    static final String DEFAULT_ATTRIBUTE = "national_id";
    static final String DEFAULT_TRUSTED_PROVIDERS = "account##eid";

    public static IdentityLinkSettings from(AuthenticatorConfigModel config) {
        Map<String, String> values = config == null || config.getConfig() == null ? Map.of() : config.getConfig();
        String attribute = values.getOrDefault(ATTRIBUTE, "").trim();
        String trusted = values.getOrDefault(TRUSTED_PROVIDERS, "").trim();
        String pivot = values.getOrDefault(MATCH_PIVOT_IDENTITY, "").trim();
        return new IdentityLinkSettings(
                attribute.isEmpty() ? DEFAULT_ATTRIBUTE : attribute,
                aliases(trusted.isEmpty() ? DEFAULT_TRUSTED_PROVIDERS : trusted),
                pivot.isEmpty() || Boolean.parseBoolean(pivot));
    }

    public boolean trusts(String providerAlias) {
        return providerAlias != null && trustedProviders.contains(providerAlias.toLowerCase(Locale.ROOT));
    }

    static Set<String> aliases(String multivalued) {
        return Arrays.stream(multivalued.split("##"))
                .map(alias -> alias.trim().toLowerCase(Locale.ROOT))
                .filter(alias -> !alias.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(ATTRIBUTE)
                .label("National identifier attribute")
                .helpText("User attribute that the identity providers' mappers fill with the person's national identifier "
                        + "(e.g. the CNIE number).")
                .type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_ATTRIBUTE)
                .add()
                .property()
                .name(TRUSTED_PROVIDERS)
                .label("Providers with a verified national identifier")
                .helpText("Aliases of the identity providers whose national identifier is verified. Only an identity from one "
                        + "of them is linked, and only to an account already linked to one of them. Never an email.")
                .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
                .defaultValue(DEFAULT_TRUSTED_PROVIDERS)
                .add()
                .property()
                .name(MATCH_PIVOT_IDENTITY)
                .label("Also match the full pivot identity")
                .helpText("When no account holds the national identifier (or the provider sends none), link to the one account "
                        + "with the same given and family names, birth date, gender, birthplace and birth country, compared "
                        + "without case or accents, unless that account holds a different national identifier.")
                .type(ProviderConfigProperty.BOOLEAN_TYPE)
                .defaultValue("true")
                .add()
                .build();
    }
}
