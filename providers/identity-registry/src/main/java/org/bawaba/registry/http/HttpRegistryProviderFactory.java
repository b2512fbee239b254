package org.bawaba.registry.http;

import static org.bawaba.registry.http.HttpRegistryConfig.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bawaba.authenticator.ServiceCalls;
import org.bawaba.spi.registry.IdentityRegistryProvider;
import org.bawaba.spi.registry.IdentityRegistryProviderFactory;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * A registry behind an insurer's REST API (README.md), configured by server options
 * {@code --spi-bawaba-identity-registry--http--<option>} (see {@link #getConfigMetadata()}). A malformed option, or
 * no baseUrl when this registry is the one chosen, fails the server start, naming the option.
 */
public final class HttpRegistryProviderFactory implements IdentityRegistryProviderFactory,
        ServerInfoAwareProviderFactory {

    public static final String ID = "http";

    private static final Logger LOG = Logger.getLogger(HttpRegistryProviderFactory.class);

    private HttpRegistryConfig config;
    private HttpClient client;

    @Override
    public void init(Config.Scope scope) {
        config = HttpRegistryConfig.from(scope);
        if (config.isConfigured()) {
            client = ServiceCalls.client(config.connectTimeout());
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        boolean chosen = factory != null && factory.getProviderFactory(IdentityRegistryProvider.class) == this;
        if (config.isConfigured()) {
            LOG.infof("%s: asking %s (%s auth)", OWNER, host(), config.authKind());
        } else if (chosen) {
            throw new IllegalStateException(OWNER + ": option '" + BASE_URL + "' is required "
                    + "(--spi-bawaba-identity-registry--http--base-url)");
        } else {
            LOG.debugf("%s: not configured, and not the registry in use", OWNER);
        }
    }

    @Override
    public IdentityRegistryProvider create(KeycloakSession session) {
        return new HttpRegistryProvider(client, config);
    }

    @Override
    public void close() {
        client = null;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Map<String, String> getOperationalInfo() {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("configured", Boolean.toString(config != null && config.isConfigured()));
        if (config != null && config.isConfigured()) {
            info.put("host", host());
            info.put("auth", config.authKind());
            info.put("deadlineMillis", Long.toString(config.deadline().toMillis()));
        }
        return info;
    }

    private String host() {
        return URI.create(config.baseUrl()).getHost();
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(BASE_URL).type(ProviderConfigProperty.STRING_TYPE).required(true)
                .helpText("Root of the registry API: POST {baseUrl}/persons/search and {baseUrl}/persons/answers/check. "
                        + "https (http only for localhost)")
                .add()
                .property().name(TOKEN).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Bearer token sent with every request (not with username/password)")
                .add()
                .property().name(USERNAME).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("User for HTTP basic authentication, with password")
                .add()
                .property().name(PASSWORD).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Password for HTTP basic authentication")
                .add()
                .property().name(CONNECT_TIMEOUT_MILLIS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_CONNECT_TIMEOUT_MILLIS).helpText("Time to open a connection, in ms")
                .add()
                .property().name(ATTEMPT_TIMEOUT_MILLIS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_ATTEMPT_TIMEOUT_MILLIS)
                .helpText("Time for one attempt's whole answer, in ms")
                .add()
                .property().name(DEADLINE_MILLIS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_DEADLINE_MILLIS)
                .helpText("Total time of one call, retries and waits included, in ms; I/O errors, timeouts, 5xx and "
                        + "429 are retried within it")
                .add()
                .build();
    }
}
