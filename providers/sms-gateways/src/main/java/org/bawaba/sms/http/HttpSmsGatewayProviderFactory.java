package org.bawaba.sms.http;

import static org.bawaba.sms.http.HttpSmsGatewayConfig.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bawaba.authenticator.ServiceCalls;
import org.bawaba.spi.sms.SmsGatewayProvider;
import org.bawaba.spi.sms.SmsGatewayProviderFactory;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * The production SMS gateway: any HTTP SMS API, configured by server options
 * {@code --spi-bawaba-sms-gateway--http--<option>} (see {@link #getConfigMetadata()}). Without a url every send
 * fails as UNAVAILABLE. A malformed option fails the server start, naming the option.
 */
public final class HttpSmsGatewayProviderFactory implements SmsGatewayProviderFactory, ServerInfoAwareProviderFactory {

    public static final String ID = "http";

    /** Above the dev outbox's, so a server without {@code --spi-bawaba-sms-gateway--provider} uses this one. */
    static final int ORDER = 100;

    private static final Logger LOG = Logger.getLogger(HttpSmsGatewayProviderFactory.class);

    private HttpSmsGatewayConfig config;
    private HttpClient client;

    @Override
    public void init(Config.Scope scope) {
        config = HttpSmsGatewayConfig.from(scope);
        if (config.isConfigured()) {
            client = ServiceCalls.client(config.timeout());
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        if (config.isConfigured()) {
            LOG.infof("bawaba-sms-gateway http: sending through %s (%s auth)", host(), authKind());
            return;
        }
        if (ServiceCalls.inUse(factory, SmsGatewayProvider.class, this)) {
            LOG.errorf("bawaba-sms-gateway http: no url configured (--spi-bawaba-sms-gateway--http--url): "
                    + "no SMS will be sent");
        } else {
            LOG.debugf("bawaba-sms-gateway http: not configured, and not the gateway in use");
        }
    }

    @Override
    public SmsGatewayProvider create(KeycloakSession session) {
        return new HttpSmsGatewayProvider(client, config);
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
    public int order() {
        return ORDER;
    }

    HttpSmsGatewayConfig config() {
        return config;
    }

    @Override
    public Map<String, String> getOperationalInfo() {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("configured", Boolean.toString(config != null && config.isConfigured()));
        if (config != null && config.isConfigured()) {
            info.put("host", host());
            info.put("method", config.method());
            info.put("auth", authKind());
            info.put("maxAttempts", Integer.toString(config.maxAttempts()));
            info.put("deadlineMs", Long.toString(config.deadline().toMillis()));
        }
        return info;
    }

    /** Only the host: the URL's query may carry a key. */
    private String host() {
        return URI.create(config.url().replace("${", "_").replace("}", "_")).getHost();
    }

    private String authKind() {
        HttpSmsGatewayConfig.Auth auth = config.auth();
        if (auth instanceof HttpSmsGatewayConfig.Auth.Basic) {
            return "basic";
        } else if (auth instanceof HttpSmsGatewayConfig.Auth.Bearer) {
            return "bearer";
        } else if (auth instanceof HttpSmsGatewayConfig.Auth.ApiKey) {
            return "api-key";
        }
        return "none";
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(URL).type(ProviderConfigProperty.STRING_TYPE).required(true)
                .helpText("Gateway endpoint, http(s). May hold ${to}, ${text}, ${reference} (URL-encoded), "
                        + "e.g. for GET APIs. Without it no SMS is sent.")
                .add()
                .property().name(METHOD).type(ProviderConfigProperty.LIST_TYPE).options("POST", "PUT", "GET")
                .defaultValue(DEFAULT_METHOD).helpText("HTTP method; GET sends no body")
                .add()
                .property().name(CONTENT_TYPE).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_CONTENT_TYPE)
                .helpText("Body content type. Placeholders are JSON-escaped for application/json, URL-encoded for "
                        + "application/x-www-form-urlencoded, XML-escaped for XML types, raw otherwise")
                .add()
                .property().name(BODY_TEMPLATE).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_BODY_TEMPLATE)
                .helpText("Request body with placeholders ${to} (E.164), ${text}, ${reference}")
                .add()
                .property().name(AUTH).type(ProviderConfigProperty.LIST_TYPE)
                .options("none", "basic", "bearer", "api-key").defaultValue("none")
                .helpText("none; basic (username, password); bearer (token); api-key (apiKeyHeader, apiKey)")
                .add()
                .property().name(USERNAME).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("User for auth=basic")
                .add()
                .property().name(PASSWORD).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Password for auth=basic")
                .add()
                .property().name(TOKEN).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Token for auth=bearer")
                .add()
                .property().name(API_KEY_HEADER).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_API_KEY_HEADER).helpText("Header name for auth=api-key")
                .add()
                .property().name(API_KEY).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Header value for auth=api-key")
                .add()
                .property().name(HEADERS).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Extra static headers: 'Name: value, Other: value' (values without commas)")
                .add()
                .property().name(TIMEOUT_MS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_TIMEOUT_MS).helpText("Connect and response timeout of one attempt, in ms")
                .add()
                .property().name(MAX_ATTEMPTS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_MAX_ATTEMPTS)
                .helpText("Attempts per message; only transient failures (5xx, 408, 429, timeout, I/O) are retried")
                .add()
                .property().name(BACKOFF_MS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_BACKOFF_MS).helpText("Wait before the first retry, in ms; doubles each retry")
                .add()
                .property().name(DEADLINE_MS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_DEADLINE_MS)
                .helpText("Total time for one message, all attempts and waits included, in ms")
                .add()
                .property().name(MESSAGE_ID_PATH).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_MESSAGE_ID_PATH)
                .helpText("Dotted path of the message id in a JSON 2xx response (e.g. data.messageId, messages.0.id); "
                        + "the reference when absent")
                .add()
                .property().name(INVALID_NUMBER_PATTERN).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_INVALID_NUMBER_PATTERN)
                .helpText("Regular expression searched in a 4xx response body: a match means INVALID_NUMBER, "
                        + "otherwise REFUSED")
                .add()
                .build();
    }
}
