package org.bawaba.face.dev;

import java.util.List;

import org.bawaba.authenticator.ServiceOptions;
import org.bawaba.spi.face.FaceMatcher;
import org.bawaba.spi.face.FaceMatcherFactory;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.EnvironmentDependentProviderFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * DEVELOPMENT ONLY, for {@code ./bawaba start}: a {@link DevFaceMatcher}, which compares pictures, not faces. Exists
 * only when the server is started (or built) with {@code --spi-bawaba-face-match--dev--enabled=true}, like the
 * development outboxes, and is used when also selected with {@code --spi-bawaba-face-match--provider=dev}.
 */
public final class DevFaceMatcherFactory implements FaceMatcherFactory, EnvironmentDependentProviderFactory {

    public static final String ID = "dev";

    static final String ENABLED = "enabled";
    static final String THRESHOLD = "threshold";

    /*
     * Measured on the simulator's FaceImages.jpeg(seed), seeds 0 to 39: the same picture re-encoded as JPEG (quality
     * 0.5 to 0.92) or JPEG 2000 (OpenJPEG at 20:1) scores 0.977 or more; the two closest different faces (seeds 9 and
     * 38, skin tones one grey level apart) score 0.960, the other pairs much less. 0.97 lies between.
     */
    static final double DEFAULT_THRESHOLD = 0.97;

    private static final Logger LOG = Logger.getLogger(DevFaceMatcherFactory.class);

    private boolean enabled;
    private double threshold = DEFAULT_THRESHOLD;

    /** Off unless explicitly enabled: a production server never has this provider at all. */
    @Override
    public boolean isSupported(Config.Scope scope) {
        return enabled(scope);
    }

    @Override
    public void init(Config.Scope scope) {
        enabled = enabled(scope);
        threshold = ServiceOptions.fraction(scope, "bawaba-face-match " + ID, THRESHOLD, DEFAULT_THRESHOLD);
        if (enabled) {
            LOG.warnf("bawaba-face-match dev is enabled: DEVELOPMENT ONLY. It does NOT recognise faces: it compares "
                    + "pictures pixel by pixel (threshold %s), so any copy of a chip portrait passes and no real "
                    + "selfie does. Never enable it in production.", threshold);
        }
    }

    /** @throws IllegalStateException when not enabled: Keycloak never has this provider then, and nothing may make one */
    @Override
    public FaceMatcher create(KeycloakSession session) {
        if (!enabled) {
            throw new IllegalStateException("bawaba-face-match dev is DEVELOPMENT ONLY and not enabled "
                    + "(--spi-bawaba-face-match--dev--enabled=true)");
        }
        return new DevFaceMatcher(threshold);
    }

    private static boolean enabled(Config.Scope scope) {
        return scope.getBoolean(ENABLED, false);
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

    /** Below the http matcher's: this one is never picked without {@code --spi-bawaba-face-match--provider=dev}. */
    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(ENABLED).type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue(false)
                .helpText("DEVELOPMENT ONLY. Enables this provider, which compares pictures pixel by pixel instead of "
                        + "recognising faces")
                .add()
                .property().name(THRESHOLD).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(Double.toString(DEFAULT_THRESHOLD))
                .helpText("Similarity (0 to 1, 1 - 10 x the mean grey-level difference of 32x32 thumbnails) at or "
                        + "above which the two pictures match")
                .add()
                .build();
    }
}
