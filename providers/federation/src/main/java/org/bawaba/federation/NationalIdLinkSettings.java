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

/** The step's settings, read from its authenticator configuration, with the shipped defaults. */
public record NationalIdLinkSettings(String attribute, Set<String> trustedProviders) {

    public static final String ATTRIBUTE = "nationalIdAttribute";
    public static final String TRUSTED_PROVIDERS = "trustedProviders";

    static final String DEFAULT_ATTRIBUTE = "national_id";
    static final String DEFAULT_TRUSTED_PROVIDERS = "account##eid";

    public static NationalIdLinkSettings from(AuthenticatorConfigModel config) {
        Map<String, String> values = config == null || config.getConfig() == null ? Map.of() : config.getConfig();
        String attribute = values.getOrDefault(ATTRIBUTE, "").trim();
        String trusted = values.getOrDefault(TRUSTED_PROVIDERS, "").trim();
        return new NationalIdLinkSettings(
                attribute.isEmpty() ? DEFAULT_ATTRIBUTE : attribute,
                aliases(trusted.isEmpty() ? DEFAULT_TRUSTED_PROVIDERS : trusted));
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
                .build();
    }
}
