package org.bawaba.device.alert;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Event listener {@code bawaba-device-alert}: add it to a realm's event listeners (the front door {@code bawaba} ships
 * with it) and each successful sign-in there is checked against the browsers the account knows.
 */
public final class DeviceAlertListenerFactory implements EventListenerProviderFactory {

    public static final String ID = "bawaba-device-alert";

    private DeviceAlertSettings settings;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new DeviceAlertListener(session, settings);
    }

    @Override
    public void init(Config.Scope config) {
        settings = DeviceAlertSettings.from(config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(DeviceAlertSettings.MAX_DEVICES).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("How many browsers an account remembers, the most recent first.")
                .defaultValue(DeviceAlertSettings.DEFAULT_MAX_DEVICES).add()
                .property().name(DeviceAlertSettings.LINK_VALIDITY_DAYS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("How many days the \"this was not me\" link of an alert works.")
                .defaultValue(DeviceAlertSettings.DEFAULT_LINK_VALIDITY_DAYS).add()
                .build();
    }
}
