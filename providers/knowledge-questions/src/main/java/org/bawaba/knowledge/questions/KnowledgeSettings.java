package org.bawaba.knowledge.questions;

import static org.bawaba.authenticator.ExecutionSettings.intValue;
import static org.bawaba.authenticator.ExecutionSettings.require;
import static org.bawaba.authenticator.ExecutionSettings.stringValue;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Settings of the identification and question steps.
 *
 * @param maxFailuresPerPerson  wrong answers (or answers for nobody) per ID number in a window, then a cool-down
 * @param maxFailuresPerAddress the same per client address
 * @param windowSeconds         the window, sliding
 * @param progressPercent       the progress bar's value on the step's page (account creation), or -1 for none
 * @param registry              the identity registry provider to ask (its id), or null for the server's default
 */
public record KnowledgeSettings(int maxFailuresPerPerson, int maxFailuresPerAddress, int windowSeconds,
                                int progressPercent, String registry) {

    public static final String MAX_FAILURES_PER_PERSON = "kbq.maxFailuresPerPerson";
    public static final String MAX_FAILURES_PER_ADDRESS = "kbq.maxFailuresPerAddress";
    public static final String WINDOW_SECONDS = "kbq.windowSeconds";
    public static final String PROGRESS = "progress.percent";
    public static final String REGISTRY = "kbq.registry";

    public static final KnowledgeSettings DEFAULT = new KnowledgeSettings(5, 5, 3600, -1, null);

    public KnowledgeSettings {
        require(maxFailuresPerPerson >= 1, MAX_FAILURES_PER_PERSON + " must be at least 1");
        require(maxFailuresPerAddress >= 1, MAX_FAILURES_PER_ADDRESS + " must be at least 1");
        require(windowSeconds >= 60, WINDOW_SECONDS + " must be at least 60");
        require(progressPercent >= -1 && progressPercent <= 100, PROGRESS + " must be between 0 and 100");
    }

    public static KnowledgeSettings from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new KnowledgeSettings(
                intValue(config, MAX_FAILURES_PER_PERSON, DEFAULT.maxFailuresPerPerson),
                intValue(config, MAX_FAILURES_PER_ADDRESS, DEFAULT.maxFailuresPerAddress),
                intValue(config, WINDOW_SECONDS, DEFAULT.windowSeconds),
                intValue(config, PROGRESS, DEFAULT.progressPercent),
                stringValue(config, REGISTRY, DEFAULT.registry));
    }

    public static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(MAX_FAILURES_PER_PERSON).type(ProviderConfigProperty.STRING_TYPE)
                .label("Failures per ID number")
                .helpText("Wrong answers allowed per national ID number in the window, whether or not the registry "
                        + "knows the person; then every attempt is refused until the oldest failure leaves the window.")
                .defaultValue(String.valueOf(DEFAULT.maxFailuresPerPerson)).add()
                .property().name(MAX_FAILURES_PER_ADDRESS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Failures per client address")
                .helpText("The same limit per client IP address. Raise it where many honest people share an "
                        + "address (carrier-grade NAT, a public office).")
                .defaultValue(String.valueOf(DEFAULT.maxFailuresPerAddress)).add()
                .property().name(WINDOW_SECONDS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Window (seconds)").helpText("The sliding window the failures are counted in.")
                .defaultValue(String.valueOf(DEFAULT.windowSeconds)).add()
                .property().name(REGISTRY).type(ProviderConfigProperty.STRING_TYPE)
                .label("Identity registry")
                .helpText("Id of the bawaba-identity-registry provider to ask (e.g. reference, http); empty: the "
                        + "server's default. Set on the identification step; the later steps ask the same one.").add()
                .property().name(PROGRESS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Progress (%)")
                .helpText("The progress bar's value on this step's page in an account creation; empty: no bar.").add()
                .build();
    }
}
