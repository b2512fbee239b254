package org.bawaba.mail.devoutbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.email.EmailSenderProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.EnvironmentDependentProviderFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * DEVELOPMENT ONLY: mails are written to disk, never sent. Exists only when the server is started (or built) with
 * {@code --spi-email-sender--dev-outbox--enabled=true}, and is used only when also selected with
 * {@code --spi-email-sender--provider=dev-outbox}; otherwise Keycloak's SMTP sender stays the one in use.
 */
public final class DevMailOutboxSenderFactory implements EmailSenderProviderFactory, EnvironmentDependentProviderFactory {

    public static final String ID = "dev-outbox";
    static final String ENABLED = "enabled";
    static final String DIRECTORY = "directory";

    private static final Logger LOG = Logger.getLogger(DevMailOutboxSenderFactory.class);

    private DevMailOutbox outbox;

    /** Off unless explicitly enabled: a production server never has this provider at all. */
    @Override
    public boolean isSupported(Config.Scope scope) {
        return scope.getBoolean(ENABLED, false);
    }

    @Override
    public void init(Config.Scope scope) {
        Path directory = Path.of(scope.get(DIRECTORY, defaultDirectory())).toAbsolutePath().normalize();
        outbox = new DevMailOutbox(directory);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            LOG.errorf("email-sender dev-outbox: cannot create %s (%s)", directory, e.getClass().getSimpleName());
        }
        LOG.warnf("email-sender dev-outbox is enabled: DEVELOPMENT ONLY. Mails are NOT sent; they are written, codes and "
                + "passwords included, to %s and shown at /realms/{realm}/dev-mail-outbox/messages", directory);
    }

    static String defaultDirectory() {
        String home = System.getProperty("kc.home.dir");
        return home == null ? Path.of("data", "mail-outbox").toString() : Path.of(home, "data", "mail-outbox").toString();
    }

    @Override
    public EmailSenderProvider create(KeycloakSession session) {
        return new DevMailOutboxSender(outbox, Clock.systemUTC());
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
                .property().name(ENABLED).type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue(false)
                .helpText("DEVELOPMENT ONLY. Enables this provider, which writes mails to disk instead of sending them")
                .add()
                .property().name(DIRECTORY).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("${kc.home.dir}/data/mail-outbox")
                .helpText("Directory the mails are written to, one JSON file each; created if missing")
                .add()
                .build();
    }
}
