package org.bawaba.devoutbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The two server options every development outbox has, {@code enabled} (off by default: without it a production
 * server does not even have the provider) and {@code directory}, and what opening one does.
 */
public final class DevOutboxSettings {

    static final String ENABLED = "enabled";
    static final String DIRECTORY = "directory";

    private static final Logger LOG = Logger.getLogger(DevOutboxSettings.class);

    private DevOutboxSettings() {
    }

    public static boolean enabled(Config.Scope scope) {
        return scope.getBoolean(ENABLED, false);
    }

    /** Creates the directory if needed and warns, loudly, that nothing is sent and where the messages are shown. */
    public static DevOutbox open(Config.Scope scope, DevOutbox.Channel channel, String spi, String page) {
        Path directory = Path.of(scope.get(DIRECTORY, defaultDirectory(channel))).toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            LOG.errorf("%s dev-outbox: cannot create %s (%s)", spi, directory, e.getClass().getSimpleName());
        }
        LOG.warnf("%s dev-outbox is enabled: DEVELOPMENT ONLY. Messages are NOT sent; they are written, codes and "
                + "passwords included, to %s and shown at /realms/{realm}/%s/messages", spi, directory, page);
        return new DevOutbox(directory, channel);
    }

    static String defaultDirectory(DevOutbox.Channel channel) {
        String folder = channel == DevOutbox.Channel.SMS ? "sms-outbox" : "mail-outbox";
        String home = System.getProperty("kc.home.dir");
        return home == null ? Path.of("data", folder).toString() : Path.of(home, "data", folder).toString();
    }

    public static List<ProviderConfigProperty> metadata(DevOutbox.Channel channel) {
        String what = channel == DevOutbox.Channel.SMS ? "texts" : "mails";
        return ProviderConfigurationBuilder.create()
                .property().name(ENABLED).type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue(false)
                .helpText("DEVELOPMENT ONLY. Enables this provider, which writes " + what + " to disk instead of sending them")
                .add()
                .property().name(DIRECTORY).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("${kc.home.dir}/" + Path.of("data", channel == DevOutbox.Channel.SMS ? "sms-outbox" : "mail-outbox"))
                .helpText("Directory the " + what + " are written to, one JSON file each; created if missing")
                .add()
                .build();
    }
}
