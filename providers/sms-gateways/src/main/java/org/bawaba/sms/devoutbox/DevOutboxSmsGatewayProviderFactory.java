package org.bawaba.sms.devoutbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.bawaba.spi.sms.SmsGatewayProvider;
import org.bawaba.spi.sms.SmsGatewayProviderFactory;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.EnvironmentDependentProviderFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * DEVELOPMENT ONLY: texts are written to disk, never sent. Exists only when the server is started (or built)
 * with {@code --spi-bawaba-sms-gateway--dev-outbox--enabled=true}, and is used when also selected with
 * {@code --spi-bawaba-sms-gateway--provider=dev-outbox}.
 */
public final class DevOutboxSmsGatewayProviderFactory implements SmsGatewayProviderFactory,
        EnvironmentDependentProviderFactory {

    public static final String ID = "dev-outbox";
    static final String ENABLED = "enabled";
    static final String DIRECTORY = "directory";

    private static final Logger LOG = Logger.getLogger(DevOutboxSmsGatewayProviderFactory.class);

    private DevOutbox outbox;

    /** Off unless explicitly enabled: a production server never has this provider at all. */
    @Override
    public boolean isSupported(Config.Scope scope) {
        return scope.getBoolean(ENABLED, false);
    }

    @Override
    public void init(Config.Scope scope) {
        Path directory = Path.of(scope.get(DIRECTORY, defaultDirectory())).toAbsolutePath().normalize();
        outbox = new DevOutbox(directory);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            LOG.errorf("bawaba-sms-gateway dev-outbox: cannot create %s (%s)", directory, e.getClass().getSimpleName());
        }
        LOG.warnf("bawaba-sms-gateway dev-outbox is enabled: DEVELOPMENT ONLY. Text messages are NOT sent; they are "
                + "written, codes included, to %s and shown at /realms/{realm}/dev-sms-outbox/messages", directory);
    }

    static String defaultDirectory() {
        String home = System.getProperty("kc.home.dir");
        return home == null ? Path.of("data", "sms-outbox").toString() : Path.of(home, "data", "sms-outbox").toString();
    }

    @Override
    public SmsGatewayProvider create(KeycloakSession session) {
        return new DevOutboxSmsGatewayProvider(outbox, Clock.systemUTC());
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

    /** Below the http gateway's: this one is never picked without {@code --spi-bawaba-sms-gateway--provider}. */
    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(ENABLED).type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue(false)
                .helpText("DEVELOPMENT ONLY. Enables this provider, which writes texts to disk instead of sending them")
                .add()
                .property().name(DIRECTORY).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("${kc.home.dir}/data/sms-outbox")
                .helpText("Directory the texts are written to, one JSON file each; created if missing")
                .add()
                .build();
    }
}
