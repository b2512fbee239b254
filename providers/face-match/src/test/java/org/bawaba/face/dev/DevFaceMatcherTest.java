package org.bawaba.face.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.ServiceLoader;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.bawaba.eid.simulator.document.FaceImages;
import org.bawaba.face.image.Jpeg2000;
import org.bawaba.spi.face.FaceMatchResult.Outcome;
import org.bawaba.spi.face.FaceMatchResult;
import org.bawaba.spi.face.FaceMatcher;
import org.bawaba.spi.face.FaceMatcherFactory;
import org.bawaba.spi.face.Portrait;
import org.bawaba.testsupport.CapturedLogs;
import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;

class DevFaceMatcherTest {

    /** Every pair of these faces is compared: 780 pairs. */
    private static final int SEEDS = 40;
    /** Each re-encoded four ways, JPEG 2000 included (slow to write). */
    private static final int SAME_PICTURE_SEEDS = 12;

    @Test
    void isRegistered_existsOnlyWhenEnabled_andIsNeverTheDefault() {
        assertThat(ServiceLoader.load(FaceMatcherFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(DevFaceMatcherFactory.class);
        DevFaceMatcherFactory factory = new DevFaceMatcherFactory();
        assertThat(factory.getId()).isEqualTo("dev");
        assertThat(factory.isSupported(Scopes.of(Map.of()))).isFalse();
        assertThat(factory.isSupported(Scopes.of(Map.of("enabled", "false")))).isFalse();
        assertThat(factory.isSupported(Scopes.of(Map.of("enabled", "true")))).isTrue();
        assertThat(factory.order()).as("below the http matcher's").isZero();
        assertThat(factory.getConfigMetadata()).extracting(ProviderConfigProperty::getName)
                .containsExactly("enabled", "threshold");
    }

    @Test
    void notEnabled_createRefuses() {
        DevFaceMatcherFactory factory = new DevFaceMatcherFactory();
        try (CapturedLogs logs = new CapturedLogs("org.bawaba.face")) {
            factory.init(Scopes.of(Map.of()));
            assertThat(logs.lines()).isEmpty();
        }
        assertThatThrownBy(() -> factory.create(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DEVELOPMENT ONLY").hasMessageContaining("--spi-bawaba-face-match--dev--enabled=true");
        assertThatThrownBy(() -> new DevFaceMatcherFactory().create(null)).as("never initialised")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void enabled_warnsLoudly() {
        try (CapturedLogs logs = new CapturedLogs("org.bawaba.face")) {
            matcher(Map.of());
            assertThat(logs.lines()).singleElement().asString().startsWith("WARN")
                    .contains("DEVELOPMENT ONLY", "Never enable it in production");
        }
    }

    @Test
    void theSamePicture_reEncoded_matches() throws IOException {
        FaceMatcher matcher = matcher(Map.of());
        for (long seed = 0; seed < SAME_PICTURE_SEEDS; seed++) {
            byte[] jpeg = FaceImages.jpeg(seed);
            Portrait document = new Portrait(Portrait.JPEG, jpeg);
            assertMatches(matcher, document, document, "seed " + seed + ", the same bytes");
            for (float quality : new float[] {0.5f, 0.75f, 0.92f}) {
                Portrait reEncoded = new Portrait(Portrait.JPEG, reEncode(jpeg, "jpeg", quality));
                assertMatches(matcher, document, reEncoded, "seed " + seed + ", JPEG quality " + quality);
            }
            Portrait png = new Portrait(Portrait.PNG, reEncode(jpeg, "png", 1));
            assertMatches(matcher, new Portrait(Portrait.JP2, Jpeg2000.jp2FromJpeg(jpeg)), png,
                    "seed " + seed + ", JPEG 2000 portrait, PNG selfie");
        }
        byte[] openJpeg;
        try (InputStream in = DevFaceMatcherTest.class.getResourceAsStream("/portraits/openjpeg-face-11.jp2")) {
            openJpeg = in.readAllBytes();
        }
        assertMatches(matcher, new Portrait(Portrait.JP2, openJpeg), new Portrait(Portrait.JPEG, FaceImages.jpeg(11)),
                "OpenJPEG portrait, JPEG selfie");
    }

    @Test
    void twoDifferentSyntheticFaces_doNotMatch() {
        FaceMatcher matcher = matcher(Map.of());
        Portrait[] faces = new Portrait[SEEDS];
        for (int seed = 0; seed < SEEDS; seed++) {
            faces[seed] = new Portrait(Portrait.JPEG, FaceImages.jpeg(seed));
        }
        for (int a = 0; a < SEEDS; a++) {
            for (int b = a + 1; b < SEEDS; b++) {
                FaceMatchResult result = matcher.match(faces[a], faces[b]);
                assertThat(result.outcome()).as("seeds %d and %d: similarity %s", a, b, result.similarity())
                        .isEqualTo(Outcome.NO_MATCH);
                assertThat(result.similarity()).isLessThan(DevFaceMatcherFactory.DEFAULT_THRESHOLD);
            }
        }
        // The closest pair of the lot: skin tones one grey level apart, only their noise differs.
        assertThat(matcher.match(faces[9], faces[38]).similarity()).isBetween(0.95, 0.965);
    }

    @Test
    void theThreshold_isAnOption() {
        Portrait a = new Portrait(Portrait.JPEG, FaceImages.jpeg(9));
        Portrait b = new Portrait(Portrait.JPEG, FaceImages.jpeg(38));
        assertThat(matcher(Map.of("threshold", "0.9")).match(a, b).outcome()).isEqualTo(Outcome.MATCH);
        assertThatThrownBy(() -> matcher(Map.of("threshold", "2"))).hasMessageContaining("'threshold'");
    }

    @Test
    void aBlankImage_hasNoFace() throws IOException {
        BufferedImage blank = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
        blank.getGraphics().fillRect(0, 0, 240, 320);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(blank, "png", png);
        Portrait face = new Portrait(Portrait.JPEG, FaceImages.jpeg(4));
        Portrait nothing = new Portrait(Portrait.PNG, png.toByteArray());

        assertThat(matcher(Map.of()).match(face, nothing)).isEqualTo(FaceMatchResult.noFace("no contrast in the selfie"));
        assertThat(matcher(Map.of()).match(nothing, face))
                .isEqualTo(FaceMatchResult.noFace("no contrast in the document portrait"));
    }

    @Test
    void anUnreadableImage_isUnavailable() {
        Portrait face = new Portrait(Portrait.JPEG, FaceImages.jpeg(4));
        Portrait broken = new Portrait(Portrait.JP2, new byte[] {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51, 0, 1});

        FaceMatchResult result = matcher(Map.of()).match(face, broken);

        assertThat(result.outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(result.detail()).startsWith("selfie: JPEG_2000 image could not be read (");
    }

    @Test
    void thumbnails_ofTinyImages_stillHaveEveryCell() {
        BufferedImage tiny = new BufferedImage(3, 5, BufferedImage.TYPE_BYTE_GRAY);
        tiny.getRaster().setSample(2, 4, 0, 255);
        double[] cells = DevFaceMatcher.thumbnail(tiny);
        assertThat(cells).hasSize(32 * 32);
        assertThat(cells[cells.length - 1]).isEqualTo(1.0);
        assertThat(cells[0]).isZero();
    }

    private static void assertMatches(FaceMatcher matcher, Portrait document, Portrait selfie, String what) {
        FaceMatchResult result = matcher.match(document, selfie);
        assertThat(result.outcome()).as("%s: similarity %s", what, result.similarity()).isEqualTo(Outcome.MATCH);
    }

    private static byte[] reEncode(byte[] jpeg, String format, float quality) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed() && format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static FaceMatcher matcher(Map<String, String> options) {
        Map<String, String> all = new java.util.HashMap<>(Map.of("enabled", "true"));
        all.putAll(options);
        DevFaceMatcherFactory factory = new DevFaceMatcherFactory();
        factory.init(Scopes.of(all));
        return factory.create(null);
    }
}
