package org.bawaba.face.http;

import static org.bawaba.face.http.HttpFaceMatcherConfig.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bawaba.authenticator.ServiceCalls;
import org.bawaba.spi.face.FaceMatcher;
import org.bawaba.spi.face.FaceMatcherFactory;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * The production face matcher: a CompreFace face verification service ({@link HttpFaceMatcher}), configured by server
 * options {@code --spi-bawaba-face-match--http--<option>} (see {@link #getConfigMetadata()}). Without a url every match
 * is UNAVAILABLE and the start logs an error. A malformed option fails the server start, naming the option.
 */
public final class HttpFaceMatcherFactory implements FaceMatcherFactory, ServerInfoAwareProviderFactory {

    public static final String ID = "http";

    /** Above the development matcher's, so a server without {@code --spi-bawaba-face-match--provider} uses this one. */
    static final int ORDER = 100;

    private static final Logger LOG = Logger.getLogger(HttpFaceMatcherFactory.class);

    private HttpFaceMatcherConfig config;
    private HttpClient client;

    @Override
    public void init(Config.Scope scope) {
        config = HttpFaceMatcherConfig.from(scope);
        if (config.isConfigured()) {
            client = ServiceCalls.client(config.connectTimeout());
        }
    }

    /** Says once, at start, whether faces can be compared: an error when this provider is the one in use. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        if (config.isConfigured()) {
            LOG.infof("bawaba-face-match http: CompreFace at %s (%s), threshold %s", host(),
                    config.apiKey() == null ? "no API key" : "API key set", config.threshold());
            return;
        }
        if (ServiceCalls.inUse(factory, FaceMatcher.class, this)) {
            LOG.errorf("bawaba-face-match http: no url configured (--spi-bawaba-face-match--http--url): "
                    + "no face can be compared, every e-ID face check is UNAVAILABLE");
        } else {
            LOG.debugf("bawaba-face-match http: not configured, and not the face matcher in use");
        }
    }

    @Override
    public FaceMatcher create(KeycloakSession session) {
        return new HttpFaceMatcher(client, config);
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

    @Override
    public Map<String, String> getOperationalInfo() {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("configured", Boolean.toString(config != null && config.isConfigured()));
        if (config != null && config.isConfigured()) {
            info.put("host", host());
            info.put("apiKey", config.apiKey() == null ? "none" : "set");
            info.put("threshold", Double.toString(config.threshold()));
            info.put("detectionProbabilityThreshold", Double.toString(config.detectionProbabilityThreshold()));
            info.put("timeoutMillis", Long.toString(config.timeout().toMillis()));
        }
        return info;
    }

    private String host() {
        return URI.create(config.url()).getHost();
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(URL).type(ProviderConfigProperty.STRING_TYPE).required(true)
                .helpText("CompreFace's base URL, http(s), e.g. http://compreface:8000. Without it no face is compared.")
                .add()
                .property().name(API_KEY).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("API key of a CompreFace face verification service (header x-api-key)")
                .add()
                .property().name(THRESHOLD).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(Double.toString(DEFAULT_THRESHOLD))
                .helpText("Similarity (0 to 1) at or above which the two faces match. CompreFace puts most right "
                        + "answers above 0.5 and advises more for high-security systems")
                .add()
                .property().name(DETECTION_PROBABILITY_THRESHOLD).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(Double.toString(DEFAULT_DETECTION_PROBABILITY_THRESHOLD))
                .helpText("CompreFace's det_prob_threshold (0 to 1): how sure its detector must be that a region is a "
                        + "face; below it the image has no face")
                .add()
                .property().name(CONNECT_TIMEOUT_MILLIS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_CONNECT_TIMEOUT_MILLIS).helpText("Time to open the connection, in ms")
                .add()
                .property().name(TIMEOUT_MILLIS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_TIMEOUT_MILLIS)
                .helpText("Time for the whole answer, in ms; past it the match is UNAVAILABLE")
                .add()
                .build();
    }
}
