package org.bawaba.space;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Server options of the person's space: {@code --spi-realm-restapi-extension--bawaba-space--<name>=…}.
 *
 * @param timeZone    the time zone dates are shown in (the person's country, not the server's)
 * @param historySize how many of the latest sign-ins the history page shows
 */
public record SpaceSettings(ZoneId timeZone, int historySize) {

    static final String TIME_ZONE = "time-zone";
    static final String HISTORY_SIZE = "history-size";
    static final SpaceSettings DEFAULTS = new SpaceSettings(ZoneId.of("Africa/Casablanca"), 100);

    static SpaceSettings from(Config.Scope config) {
        String zone = config.get(TIME_ZONE, DEFAULTS.timeZone.getId());
        int size = config.getInt(HISTORY_SIZE, DEFAULTS.historySize);
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("bawaba-space: " + HISTORY_SIZE + " must be between 1 and 1000, not " + size);
        }
        try {
            return new SpaceSettings(ZoneId.of(zone), size);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("bawaba-space: " + TIME_ZONE + " is not a time zone: " + zone, e);
        }
    }

    static ProviderConfigurationBuilder metadata(ProviderConfigurationBuilder builder) {
        return builder
                .property().name(TIME_ZONE).type(ProviderConfigProperty.STRING_TYPE)
                .label("Time zone of the dates shown").defaultValue(DEFAULTS.timeZone.getId()).add()
                .property().name(HISTORY_SIZE).type(ProviderConfigProperty.INTEGER_TYPE)
                .label("Sign-ins shown on the history page").defaultValue(DEFAULTS.historySize).add();
    }
}
