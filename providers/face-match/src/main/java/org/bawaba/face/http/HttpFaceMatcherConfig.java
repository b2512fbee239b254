package org.bawaba.face.http;

import java.net.URI;
import java.time.Duration;

import org.bawaba.authenticator.ServiceOptions;
import org.keycloak.Config;

/**
 * The CompreFace provider's server options, read once from {@code --spi-bawaba-face-match--http--<option>}. Keys are
 * camelCase here; Keycloak maps them to dash-case on the command line ({@code timeoutMillis} is
 * {@code --spi-bawaba-face-match--http--timeout-millis}).
 *
 * @param url                           CompreFace's base URL, e.g. {@code http://compreface:8000}, without a trailing
 *                                      slash; {@code null} when not configured
 * @param apiKey                        the key of a CompreFace verification service; {@code null} when not set
 * @param threshold                     a similarity at or above it is a MATCH
 * @param detectionProbabilityThreshold CompreFace's {@code det_prob_threshold}: how sure its detector must be that a
 *                                      region is a face
 * @param connectTimeout                to open the connection
 * @param timeout                       for the whole answer, from sending the request to reading the last byte
 */
public record HttpFaceMatcherConfig(
        String url,
        String apiKey,
        double threshold,
        double detectionProbabilityThreshold,
        Duration connectTimeout,
        Duration timeout) {

    private static final String OWNER = "bawaba-face-match " + HttpFaceMatcherFactory.ID;

    static final String URL = "url";
    static final String API_KEY = "apiKey";
    static final String THRESHOLD = "threshold";
    static final String DETECTION_PROBABILITY_THRESHOLD = "detectionProbabilityThreshold";
    static final String CONNECT_TIMEOUT_MILLIS = "connectTimeoutMillis";
    static final String TIMEOUT_MILLIS = "timeoutMillis";

    /*
     * CompreFace's guidance (docs/Face-Recognition-Similarity-Threshold.md): its similarity is scaled so that most
     * right answers lie above 0.5 and most wrong ones below, and high-security systems should set the threshold above
     * 0.5. Signing in with a national e-ID is such a system, so 0.85: with the default FaceNet model CompreFace maps
     * the embedding distance d to (tanh((1.18 - d) * 5.29) + 1) / 2, and 0.85 means d <= 1.02, well inside the
     * same-person side of FaceNet's 1.18 decision distance, yet not so strict that a chip portrait a few years old
     * fails against today's selfie. Tune it on the deployment's own model and population.
     */
    static final double DEFAULT_THRESHOLD = 0.85;
    /** As in CompreFace's SDK examples; a little below its FaceNet detector's own 0.85, for older chip portraits. */
    static final double DEFAULT_DETECTION_PROBABILITY_THRESHOLD = 0.8;
    static final long DEFAULT_CONNECT_TIMEOUT_MILLIS = 2_000;
    static final long DEFAULT_TIMEOUT_MILLIS = 5_000;

    public boolean isConfigured() {
        return url != null;
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "HttpFaceMatcherConfig[url=" + url + ", apiKey=" + (apiKey == null ? "none" : "***") + ", threshold="
                + threshold + ", detectionProbabilityThreshold=" + detectionProbabilityThreshold + ", connectTimeout="
                + connectTimeout + ", timeout=" + timeout + "]";
    }

    /**
     * Reads and checks the options.
     *
     * @throws IllegalArgumentException naming the option when a given value is malformed; a missing url is not an
     *                                  error here (see {@link #isConfigured()})
     */
    public static HttpFaceMatcherConfig from(Config.Scope scope) {
        String url = ServiceOptions.blankToNull(scope.get(URL));
        if (url != null) {
            URI uri = ServiceOptions.httpUri(url, OWNER, URL);
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw ServiceOptions.invalid(OWNER, URL, "must be CompreFace's base URL, without query or fragment");
            }
            while (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
        }
        return new HttpFaceMatcherConfig(
                url,
                ServiceOptions.blankToNull(scope.get(API_KEY)),
                ServiceOptions.fraction(scope, OWNER, THRESHOLD, DEFAULT_THRESHOLD),
                ServiceOptions.fraction(scope, OWNER, DETECTION_PROBABILITY_THRESHOLD,
                        DEFAULT_DETECTION_PROBABILITY_THRESHOLD),
                ServiceOptions.positiveMillis(scope, OWNER, CONNECT_TIMEOUT_MILLIS, DEFAULT_CONNECT_TIMEOUT_MILLIS),
                ServiceOptions.positiveMillis(scope, OWNER, TIMEOUT_MILLIS, DEFAULT_TIMEOUT_MILLIS));
    }
}
