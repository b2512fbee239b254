package org.bawaba.proofoflife.check;

import static org.bawaba.authenticator.ExecutionSettings.intValue;
import static org.bawaba.authenticator.ExecutionSettings.require;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The knobs of the proof-of-life step.
 *
 * @param intervalDays how long a proof of life holds (a quarter: 91 days), on Keycloak's clock
 * @param maxAttempts  selfies that may not match in one sign-in before the failure goes on the agents' list
 */
public record ProofOfLifeSettings(int intervalDays, int maxAttempts) {

    public static final String INTERVAL_DAYS = "proofOfLife.intervalDays";
    public static final String MAX_ATTEMPTS = "proofOfLife.maxAttempts";
    public static final ProofOfLifeSettings DEFAULT = new ProofOfLifeSettings(91, 3);

    public ProofOfLifeSettings {
        require(intervalDays >= 1 && intervalDays <= 366, INTERVAL_DAYS + " must be 1 to 366");
        require(maxAttempts >= 1 && maxAttempts <= 10, MAX_ATTEMPTS + " must be 1 to 10");
    }

    public static ProofOfLifeSettings from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new ProofOfLifeSettings(intValue(config, INTERVAL_DAYS, DEFAULT.intervalDays),
                intValue(config, MAX_ATTEMPTS, DEFAULT.maxAttempts));
    }

    public static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(INTERVAL_DAYS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Proof of life every (days)")
                .helpText("How long a proof of life holds; the next sign-in after that asks for a selfie (1 to 366).")
                .defaultValue(String.valueOf(DEFAULT.intervalDays)).add()
                .property().name(MAX_ATTEMPTS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Selfies per sign-in")
                .helpText("Selfies that may not match before the failure goes on the agents' list and the sign-in "
                        + "goes on (the next sign-in asks again).")
                .defaultValue(String.valueOf(DEFAULT.maxAttempts)).add()
                .build();
    }
}
