package org.bawaba.eid.signin;

import static org.bawaba.authenticator.ExecutionSettings.intValue;
import static org.bawaba.authenticator.ExecutionSettings.require;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The knobs of the chip sign-in step, as set on its execution in the admin console. Levels are names of the realm's
 * {@code acr.loa.map} ("eidas3"); an empty level means "refused".
 *
 * @param transactionSeconds         how long a QR code and its link can be used
 * @param maxPresentations           chip presentations per transaction (a refused one may be retried on the phone)
 * @param maxTransactions            transactions ("try again") per login
 * @param pollSeconds                how often the page asks whether the phone has finished
 * @param fullLevel                  a genuine chip that answered Active Authentication, and a matching face
 * @param levelWithoutActiveAuthentication a genuine chip without Active Authentication (a clone cannot be told
 *                                   apart), with a matching face; empty: refused
 * @param levelWithoutFaceMatch      a genuine chip when no face could be compared (no selfie, face service down);
 *                                   empty: refused. A face that does not match is always refused.
 */
public record ChipSignInConfig(int transactionSeconds, int maxPresentations, int maxTransactions, int pollSeconds,
                               String fullLevel, String levelWithoutActiveAuthentication,
                               String levelWithoutFaceMatch) {

    public static final String TRANSACTION_SECONDS = "eid.transactionSeconds";
    public static final String MAX_PRESENTATIONS = "eid.maxPresentationsPerTransaction";
    public static final String MAX_TRANSACTIONS = "eid.maxTransactionsPerLogin";
    public static final String POLL_SECONDS = "eid.pollSeconds";
    public static final String FULL_LEVEL = "eid.level";
    public static final String LEVEL_WITHOUT_AA = "eid.levelWithoutActiveAuthentication";
    public static final String LEVEL_WITHOUT_FACE = "eid.levelWithoutFaceMatch";

    public static final ChipSignInConfig DEFAULT = new ChipSignInConfig(300, 3, 5, 2, "eidas3", "", "");

    public ChipSignInConfig {
        require(transactionSeconds >= 60 && transactionSeconds <= 900, TRANSACTION_SECONDS + " must be 60 to 900");
        require(maxPresentations >= 1 && maxPresentations <= 10, MAX_PRESENTATIONS + " must be 1 to 10");
        require(maxTransactions >= 1 && maxTransactions <= 20, MAX_TRANSACTIONS + " must be 1 to 20");
        require(pollSeconds >= 1 && pollSeconds <= 10, POLL_SECONDS + " must be 1 to 10");
        require(fullLevel != null && !fullLevel.isBlank(), FULL_LEVEL + " must name a level");
        levelWithoutActiveAuthentication = levelWithoutActiveAuthentication == null ? ""
                : levelWithoutActiveAuthentication.trim();
        levelWithoutFaceMatch = levelWithoutFaceMatch == null ? "" : levelWithoutFaceMatch.trim();
    }

    public static ChipSignInConfig from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new ChipSignInConfig(
                intValue(config, TRANSACTION_SECONDS, DEFAULT.transactionSeconds),
                intValue(config, MAX_PRESENTATIONS, DEFAULT.maxPresentations),
                intValue(config, MAX_TRANSACTIONS, DEFAULT.maxTransactions),
                intValue(config, POLL_SECONDS, DEFAULT.pollSeconds),
                config.getOrDefault(FULL_LEVEL, DEFAULT.fullLevel),
                config.getOrDefault(LEVEL_WITHOUT_AA, DEFAULT.levelWithoutActiveAuthentication),
                config.getOrDefault(LEVEL_WITHOUT_FACE, DEFAULT.levelWithoutFaceMatch));
    }

    public static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(TRANSACTION_SECONDS).type(ProviderConfigProperty.STRING_TYPE)
                .label("QR code validity (seconds)")
                .helpText("How long the QR code and the 'open the app' link can be used (60 to 900).")
                .defaultValue(String.valueOf(DEFAULT.transactionSeconds)).add()
                .property().name(MAX_PRESENTATIONS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Attempts per QR code")
                .helpText("Chip readings the phone may send for one QR code; a refused one may be retried.")
                .defaultValue(String.valueOf(DEFAULT.maxPresentations)).add()
                .property().name(MAX_TRANSACTIONS).type(ProviderConfigProperty.STRING_TYPE)
                .label("QR codes per sign-in")
                .helpText("How many times a person may start again ('try again') in one sign-in.")
                .defaultValue(String.valueOf(DEFAULT.maxTransactions)).add()
                .property().name(POLL_SECONDS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Page refresh (seconds)")
                .helpText("How often the sign-in page asks whether the phone has finished.")
                .defaultValue(String.valueOf(DEFAULT.pollSeconds)).add()
                .property().name(FULL_LEVEL).type(ProviderConfigProperty.STRING_TYPE)
                .label("Level of a full check")
                .helpText("Level (a name of the realm's acr.loa.map) of a genuine chip that answered Active "
                        + "Authentication, with a selfie that matches its portrait.")
                .defaultValue(DEFAULT.fullLevel).add()
                .property().name(LEVEL_WITHOUT_AA).type(ProviderConfigProperty.STRING_TYPE)
                .label("Level without Active Authentication")
                .helpText("Level of a genuine chip that cannot prove it is not a copy (no Active Authentication). "
                        + "Empty: refused. Also refused when the service asked for a higher level.")
                .defaultValue(DEFAULT.levelWithoutActiveAuthentication).add()
                .property().name(LEVEL_WITHOUT_FACE).type(ProviderConfigProperty.STRING_TYPE)
                .label("Level without a face check")
                .helpText("Level of a genuine chip when the selfie could not be compared (none sent, face service "
                        + "unavailable). Empty: refused. Also refused when the service asked for a higher level. "
                        + "A selfie that does not match is always refused.")
                .defaultValue(DEFAULT.levelWithoutFaceMatch).add()
                .build();
    }
}
