package org.bawaba.devoutbox;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.EnvironmentDependentProviderFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * What the development outboxes' provider factories share: the id {@code dev-outbox}, existing only when enabled,
 * and one outbox opened at start-up from the {@link DevOutboxSettings}. A subclass also implements its SPI's
 * factory interface and creates the provider around {@link #outbox()}.
 */
public abstract class DevOutboxProviderFactory implements EnvironmentDependentProviderFactory {

    public static final String ID = "dev-outbox";

    private final DevOutbox.Channel channel;
    private final String spi;
    private final String page;
    private DevOutbox outbox;

    /**
     * @param spi  the SPI's name in server options, for the start-up warning
     * @param page the realm resource that shows this outbox
     */
    protected DevOutboxProviderFactory(DevOutbox.Channel channel, String spi, String page) {
        this.channel = channel;
        this.spi = spi;
        this.page = page;
    }

    protected DevOutbox outbox() {
        return outbox;
    }

    /** Off unless explicitly enabled: a production server never has this provider at all. */
    @Override
    public boolean isSupported(Config.Scope scope) {
        return DevOutboxSettings.enabled(scope);
    }

    public void init(Config.Scope scope) {
        outbox = DevOutboxSettings.open(scope, channel, spi, page);
    }

    public void postInit(KeycloakSessionFactory factory) {
    }

    public void close() {
    }

    public String getId() {
        return ID;
    }

    public List<ProviderConfigProperty> getConfigMetadata() {
        return DevOutboxSettings.metadata(channel);
    }
}
