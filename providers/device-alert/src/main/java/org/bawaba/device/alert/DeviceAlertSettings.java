package org.bawaba.device.alert;

import java.time.Duration;

import org.bawaba.authenticator.ServiceOptions;
import org.keycloak.Config;

/**
 * The unusual-sign-in options ({@code --spi-events-listener--bawaba-device-alert--<option>}): how many browsers an
 * account remembers, and how long the "this was not me" link of an alert works.
 */
public record DeviceAlertSettings(int maxDevices, Duration linkValidity) {

    public static final String MAX_DEVICES = "max-devices";
    public static final String LINK_VALIDITY_DAYS = "link-validity-days";
    public static final int DEFAULT_MAX_DEVICES = 10;
    public static final int DEFAULT_LINK_VALIDITY_DAYS = 7;

    private static final String OWNER = "events-listener " + DeviceAlertListenerFactory.ID;

    public DeviceAlertSettings {
        if (maxDevices < 1) {
            throw ServiceOptions.invalid(OWNER, MAX_DEVICES, "must be at least 1");
        }
        if (linkValidity.isNegative() || linkValidity.isZero()) {
            throw ServiceOptions.invalid(OWNER, LINK_VALIDITY_DAYS, "must be at least 1");
        }
    }

    public static DeviceAlertSettings from(Config.Scope scope) {
        return new DeviceAlertSettings(number(scope, MAX_DEVICES, DEFAULT_MAX_DEVICES),
                Duration.ofDays(number(scope, LINK_VALIDITY_DAYS, DEFAULT_LINK_VALIDITY_DAYS)));
    }

    private static int number(Config.Scope scope, String option, int defaultValue) {
        try {
            return scope.getInt(option, defaultValue);
        } catch (NumberFormatException e) {
            throw ServiceOptions.invalid(OWNER, option, "not a whole number");
        }
    }
}
