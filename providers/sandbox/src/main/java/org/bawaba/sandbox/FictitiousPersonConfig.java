package org.bawaba.sandbox;

import java.util.List;
import java.util.Map;

import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The fictitious-person step's settings, from its execution config in the admin console.
 *
 * @param maxPeople how many fictitious people the list shows at most
 */
public record FictitiousPersonConfig(int maxPeople) {

    public static final String MAX_PEOPLE = "maxPeople";
    public static final int DEFAULT_MAX_PEOPLE = 50;

    public static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(MAX_PEOPLE)
            .label("Fictitious people shown at most")
            .helpText("The list shows the realm's fictitious people (attribute " + FictitiousPeople.FICTITIOUS
                    + " = true), by level then name, up to this many.")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(Integer.toString(DEFAULT_MAX_PEOPLE))
            .add()
            .build();

    public static FictitiousPersonConfig from(Map<String, String> config) {
        String value = config == null ? null : config.get(MAX_PEOPLE);
        try {
            int parsed = value == null || value.isBlank() ? DEFAULT_MAX_PEOPLE : Integer.parseInt(value.trim());
            return new FictitiousPersonConfig(parsed > 0 ? Math.min(parsed, 500) : DEFAULT_MAX_PEOPLE);
        } catch (NumberFormatException e) {
            return new FictitiousPersonConfig(DEFAULT_MAX_PEOPLE);
        }
    }
}
