package org.bawaba.enrolment.path;

import static org.bawaba.authenticator.ExecutionSettings.require;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Settings of the path step.
 *
 * @param offered the paths this realm offers at all, in the order shown; a relying party may ask for fewer
 */
public record EnrolmentPathSettings(Set<EnrolmentPath> offered) {

    public static final String PATHS = "enrolment.paths";
    public static final EnrolmentPathSettings DEFAULT = new EnrolmentPathSettings(Set.of(EnrolmentPath.values()));

    public EnrolmentPathSettings {
        require(offered != null && !offered.isEmpty(), PATHS + " must name at least one of "
                + Arrays.stream(EnrolmentPath.values()).map(EnrolmentPath::apiName).toList());
    }

    public static EnrolmentPathSettings from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        String paths = config.get(PATHS);
        return paths == null || paths.isBlank() ? DEFAULT : new EnrolmentPathSettings(EnrolmentPath.parse(paths));
    }

    public static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(PATHS).type(ProviderConfigProperty.MULTIVALUED_LIST_TYPE)
                .label("Ways to create an account")
                .helpText("The paths offered, in this order. A relying party narrows them with its client attribute "
                        + "bawaba.enrolmentPaths at the front door; each path is a conditional sub-flow of this flow "
                        + "(condition bawaba-condition-enrolment-path).")
                .options(Arrays.stream(EnrolmentPath.values()).map(EnrolmentPath::apiName).toList())
                .defaultValue(String.join("##", Arrays.stream(EnrolmentPath.values()).map(EnrolmentPath::apiName).toList()))
                .add()
                .build();
    }
}
