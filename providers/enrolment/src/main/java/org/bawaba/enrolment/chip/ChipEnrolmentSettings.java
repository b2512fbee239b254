package org.bawaba.enrolment.chip;

import static org.bawaba.authenticator.ExecutionSettings.intValue;
import static org.bawaba.authenticator.ExecutionSettings.require;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bawaba.eid.signin.reading.ChipReading;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The knobs of the chip step of an account creation.
 *
 * @param modes          the identification modes offered, in this order
 * @param issuingState   the state whose documents open an account here (ICAO code, e.g. MAR), or empty for any state
 *                       the trust store trusts
 * @param acceptWithoutActiveAuthentication a chip that cannot prove it is not a copy is accepted when its selfie
 *                       matched (never in the PIN mode, whose only proof is Active Authentication)
 * @param step           "N/M" of the mode page; the reading and release pages are the two steps after it
 */
public record ChipEnrolmentSettings(Set<IdentificationMode> modes, String issuingState,
                                    boolean acceptWithoutActiveAuthentication, ChipReading.Limits limits,
                                    String step) {

    public static final String MODES = "chip.modes";
    public static final String ISSUING_STATE = "chip.issuingState";
    public static final String ACCEPT_WITHOUT_AA = "chip.acceptWithoutActiveAuthentication";
    public static final String TRANSACTION_SECONDS = "eid.transactionSeconds";
    public static final String MAX_PRESENTATIONS = "eid.maxPresentationsPerTransaction";
    public static final String MAX_TRANSACTIONS = "eid.maxTransactionsPerLogin";
    public static final String POLL_SECONDS = "eid.pollSeconds";
    public static final String STEP = "progress.step";

    public static final ChipEnrolmentSettings DEFAULT = new ChipEnrolmentSettings(
            new LinkedHashSet<>(List.of(IdentificationMode.CARD_AND_FACE, IdentificationMode.PERMIT_AND_FACE,
                    IdentificationMode.CNIE_AND_PIN)), "MAR", false,
            new ChipReading.Limits(300, 3, 5, 2), "");

    public ChipEnrolmentSettings {
        require(modes != null && !modes.isEmpty(), MODES + " must name at least one mode");
        issuingState = issuingState == null ? "" : issuingState.trim().toUpperCase(java.util.Locale.ROOT);
        require(issuingState.isEmpty() || issuingState.matches("[A-Z]{3}|D"), ISSUING_STATE + " must be an ICAO state code");
        require(limits.transactionSeconds() >= 60 && limits.transactionSeconds() <= 900, TRANSACTION_SECONDS + " must be 60 to 900");
        require(limits.maxPresentations() >= 1 && limits.maxPresentations() <= 10, MAX_PRESENTATIONS + " must be 1 to 10");
        require(limits.maxTransactions() >= 1 && limits.maxTransactions() <= 20, MAX_TRANSACTIONS + " must be 1 to 20");
        require(limits.pollSeconds() >= 1 && limits.pollSeconds() <= 10, POLL_SECONDS + " must be 1 to 10");
        step = step == null ? "" : step.trim();
    }

    public static ChipEnrolmentSettings from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        Set<IdentificationMode> modes = new LinkedHashSet<>();
        String listed = config.get(MODES);
        if (listed != null && !listed.isBlank()) {
            for (String name : listed.split("[\\s,#]+")) {
                IdentificationMode.fromApiName(name).ifPresent(modes::add);
            }
        } else {
            modes.addAll(DEFAULT.modes);
        }
        ChipReading.Limits limits = new ChipReading.Limits(
                intValue(config, TRANSACTION_SECONDS, DEFAULT.limits.transactionSeconds()),
                intValue(config, MAX_PRESENTATIONS, DEFAULT.limits.maxPresentations()),
                intValue(config, MAX_TRANSACTIONS, DEFAULT.limits.maxTransactions()),
                intValue(config, POLL_SECONDS, DEFAULT.limits.pollSeconds()));
        return new ChipEnrolmentSettings(modes, config.getOrDefault(ISSUING_STATE, DEFAULT.issuingState),
                Boolean.parseBoolean(config.getOrDefault(ACCEPT_WITHOUT_AA, "false")), limits,
                config.getOrDefault(STEP, DEFAULT.step));
    }

    public static List<ProviderConfigProperty> configProperties() {
        List<String> modeNames = Arrays.stream(IdentificationMode.values()).map(IdentificationMode::apiName).toList();
        return ProviderConfigurationBuilder.create()
                .property().name(MODES).type(ProviderConfigProperty.MULTIVALUED_LIST_TYPE)
                .label("Identification modes")
                .helpText("Offered in this order: national identity card + face, residence permit + face, CNIE + PIN "
                        + "(the chip e-ID way); passport + face (the passport way, with an empty issuing state).")
                .options(modeNames).defaultValue("card-and-face##permit-and-face##cnie-and-pin").add()
                .property().name(ISSUING_STATE).type(ProviderConfigProperty.STRING_TYPE)
                .label("Issuing state")
                .helpText("ICAO code of the state whose cards and permits open an account here (MAR); empty: any state "
                        + "the document trust store trusts.")
                .defaultValue(DEFAULT.issuingState).add()
                .property().name(ACCEPT_WITHOUT_AA).type(ProviderConfigProperty.BOOLEAN_TYPE)
                .label("Accept chips without Active Authentication")
                .helpText("With a matching selfie, accept a genuine chip that cannot prove it is not a copy (older "
                        + "cards). Never in the PIN mode.")
                .defaultValue("false").add()
                .property().name(TRANSACTION_SECONDS).type(ProviderConfigProperty.STRING_TYPE)
                .label("QR code validity (seconds)").helpText("60 to 900.")
                .defaultValue(String.valueOf(DEFAULT.limits.transactionSeconds())).add()
                .property().name(MAX_PRESENTATIONS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Attempts per QR code").helpText("Chip readings the phone may send for one QR code.")
                .defaultValue(String.valueOf(DEFAULT.limits.maxPresentations())).add()
                .property().name(MAX_TRANSACTIONS).type(ProviderConfigProperty.STRING_TYPE)
                .label("QR codes per account creation").helpText("How many times a person may start the reading again.")
                .defaultValue(String.valueOf(DEFAULT.limits.maxTransactions())).add()
                .property().name(POLL_SECONDS).type(ProviderConfigProperty.STRING_TYPE)
                .label("Page refresh (seconds)").helpText("How often the page asks whether the phone has finished.")
                .defaultValue(String.valueOf(DEFAULT.limits.pollSeconds())).add()
                .property().name(STEP).type(ProviderConfigProperty.STRING_TYPE)
                .label("Step (N/M)")
                .helpText("'Step N of M' of the mode page; the reading and the release pages are the two after it.")
                .add()
                .build();
    }
}
