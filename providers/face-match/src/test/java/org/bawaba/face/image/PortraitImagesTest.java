package org.bawaba.face.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.bawaba.eid.simulator.document.FaceImages;
import org.bawaba.spi.face.Portrait;
import org.junit.jupiter.api.Test;

class PortraitImagesTest {

    @Test
    void aJp2File_isConvertedToAJpeg_thatImageIoReadsBack() throws IOException {
        BufferedImage original = quadrants(240, 320);
        byte[] jp2 = Jpeg2000.jp2(original);
        assertThat(PortraitImages.format(jp2)).isEqualTo(PortraitImages.Format.JPEG_2000);

        Portrait converted = PortraitImages.toJpegOrPng(new Portrait(Portrait.JP2, jp2));

        assertThat(converted.mediaType()).isEqualTo(Portrait.JPEG);
        assertThat(PortraitImages.format(converted.bytes())).isEqualTo(PortraitImages.Format.JPEG);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(converted.bytes()));
        assertThat(back.getWidth()).isEqualTo(240);
        assertThat(back.getHeight()).isEqualTo(320);
        assertSameColours(original, back);
    }

    @Test
    void aRawCodestream_isConvertedToo() throws IOException {
        BufferedImage original = quadrants(200, 260);
        byte[] j2k = Jpeg2000.codestream(original);
        assertThat(j2k).startsWith(0xFF, 0x4F, 0xFF, 0x51);

        Portrait converted = PortraitImages.toJpegOrPng(new Portrait(Portrait.JP2, j2k));

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(converted.bytes()));
        assertThat(back.getWidth()).isEqualTo(200);
        assertSameColours(original, back);
    }

    /**
     * Chips are personalised with other encoders than jai-imageio's: these two files were written by OpenJPEG 2.5
     * ({@code opj_compress -r 20}, Debian's libopenjp2-tools) from {@code FaceImages.jpeg(11)}, as a JP2 file and as
     * a bare codestream.
     */
    @Test
    void jpeg2000FromAnotherEncoder_isConvertedFaithfully() throws IOException {
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(FaceImages.jpeg(11)));
        for (String file : new String[] {"openjpeg-face-11.jp2", "openjpeg-face-11.j2k"}) {
            byte[] bytes;
            try (var in = PortraitImagesTest.class.getResourceAsStream("/portraits/" + file)) {
                bytes = in.readAllBytes();
            }
            Portrait converted = PortraitImages.toJpegOrPng(new Portrait(Portrait.JP2, bytes));
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(converted.bytes()));
            assertThat(back.getWidth()).as(file).isEqualTo(FaceImages.WIDTH);
            assertThat(back.getHeight()).as(file).isEqualTo(FaceImages.HEIGHT);
            assertThat(meanAbsoluteDifference(expected, back)).as(file).isLessThan(6.0);
        }
    }

    @Test
    void aGrayscaleJp2_staysAReadableJpeg() throws IOException {
        BufferedImage gray = new BufferedImage(120, 160, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = gray.createGraphics();
        graphics.setColor(Color.LIGHT_GRAY);
        graphics.fillRect(0, 0, 120, 80);
        graphics.dispose();

        Portrait converted = PortraitImages.toJpegOrPng(new Portrait(Portrait.JP2, Jpeg2000.jp2(gray)));

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(converted.bytes()));
        assertThat(back.getHeight()).isEqualTo(160);
        assertThat(back.getRaster().getNumBands()).isEqualTo(1);
    }

    @Test
    void theBytesDecide_notTheDeclaredType() {
        byte[] jpeg = FaceImages.jpeg(7);
        Portrait declaredJp2 = new Portrait(Portrait.JP2, jpeg);
        assertThat(PortraitImages.toJpegOrPng(declaredJp2)).isEqualTo(new Portrait(Portrait.JPEG, jpeg));

        byte[] jp2 = Jpeg2000.jp2FromJpeg(jpeg);
        Portrait declaredJpeg = new Portrait(Portrait.JPEG, jp2);
        assertThat(PortraitImages.format(PortraitImages.toJpegOrPng(declaredJpeg).bytes()))
                .isEqualTo(PortraitImages.Format.JPEG);
    }

    @Test
    void jpegAndPng_areLeftAsTheyAre() throws IOException {
        Portrait jpeg = new Portrait(Portrait.JPEG, FaceImages.jpeg(1));
        assertThat(PortraitImages.toJpegOrPng(jpeg)).isSameAs(jpeg);

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(quadrants(40, 40), "png", png);
        Portrait portrait = new Portrait(Portrait.PNG, png.toByteArray());
        assertThat(PortraitImages.toJpegOrPng(portrait)).isSameAs(portrait);
    }

    @Test
    void decode_readsEachFormat() throws IOException {
        assertThat(PortraitImages.decode(new Portrait(Portrait.JPEG, FaceImages.jpeg(3))).getWidth())
                .isEqualTo(FaceImages.WIDTH);
        assertThat(PortraitImages.decode(new Portrait(Portrait.JP2, Jpeg2000.jp2FromJpeg(FaceImages.jpeg(3))))
                .getHeight()).isEqualTo(FaceImages.HEIGHT);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(quadrants(30, 20), "png", png);
        assertThat(PortraitImages.decode(new Portrait(Portrait.PNG, png.toByteArray())).getHeight()).isEqualTo(20);
    }

    @Test
    void imagesAboveTheLimits_areRefused_beforeDecoding() throws IOException {
        byte[] tooManyBytes = Arrays.copyOf(FaceImages.jpeg(1), PortraitImages.MAX_BYTES + 1);
        assertThatThrownBy(() -> PortraitImages.toJpegOrPng(new Portrait(Portrait.JPEG, tooManyBytes)))
                .isInstanceOf(PortraitImageException.class)
                .hasMessage("image too large: 2097153 bytes, at most 2097152");

        ByteArrayOutputStream wide = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4097, 8, BufferedImage.TYPE_BYTE_GRAY), "png", wide);
        assertThatThrownBy(() -> PortraitImages.toJpegOrPng(new Portrait(Portrait.PNG, wide.toByteArray())))
                .isInstanceOf(PortraitImageException.class)
                .hasMessage("image too large: 4097x8 pixels, at most 4096x4096");

        byte[] tallJp2 = Jpeg2000.codestream(new BufferedImage(4, 4100, BufferedImage.TYPE_BYTE_GRAY));
        assertThatThrownBy(() -> PortraitImages.decode(new Portrait(Portrait.JP2, tallJp2)))
                .isInstanceOf(PortraitImageException.class)
                .hasMessage("image too large: 4x4100 pixels, at most 4096x4096");

        ByteArrayOutputStream largest = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4096, 4096, BufferedImage.TYPE_BYTE_GRAY), "png", largest);
        assertThat(PortraitImages.toJpegOrPng(new Portrait(Portrait.PNG, largest.toByteArray())).mediaType())
                .isEqualTo(Portrait.PNG);
    }

    @Test
    void unknownOrCorruptImages_areRefused_withATechnicalMessage() {
        assertThatThrownBy(() -> PortraitImages.toJpegOrPng(new Portrait(Portrait.JPEG, "GIF89a...".getBytes())))
                .isInstanceOf(PortraitImageException.class).hasMessage("not a JPEG, PNG or JPEG 2000 image");

        byte[] jp2 = Jpeg2000.jp2FromJpeg(FaceImages.jpeg(2));
        byte[] truncated = Arrays.copyOf(jp2, 60);
        assertThatThrownBy(() -> PortraitImages.toJpegOrPng(new Portrait(Portrait.JP2, truncated)))
                .isInstanceOf(PortraitImageException.class).hasMessageStartingWith("JPEG_2000 image could not be read (");

        byte[] jpegHeaderOnly = Arrays.copyOf(FaceImages.jpeg(2), 4);
        assertThatThrownBy(() -> PortraitImages.decode(new Portrait(Portrait.JPEG, jpegHeaderOnly)))
                .isInstanceOf(PortraitImageException.class).hasMessageStartingWith("JPEG image could not be read (");
    }

    /** Four flat colours: a lossy round trip keeps each quadrant's colour within a few levels. */
    private static BufferedImage quadrants(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        Color[] colours = {new Color(200, 150, 120), new Color(40, 60, 180), new Color(20, 160, 40), new Color(230, 230, 230)};
        for (int i = 0; i < 4; i++) {
            graphics.setColor(colours[i]);
            graphics.fillRect((i % 2) * width / 2, (i / 2) * height / 2, width / 2, height / 2);
        }
        graphics.dispose();
        return image;
    }

    /** Per channel, in grey levels (0-255). */
    private static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    private static void assertSameColours(BufferedImage expected, BufferedImage actual) {
        for (int i = 0; i < 4; i++) {
            int x = (i % 2) * expected.getWidth() / 2 + expected.getWidth() / 4;
            int y = (i / 2) * expected.getHeight() / 2 + expected.getHeight() / 4;
            Color want = new Color(expected.getRGB(x, y));
            Color got = new Color(actual.getRGB(x, y));
            assertThat(Math.abs(want.getRed() - got.getRed()) + Math.abs(want.getGreen() - got.getGreen())
                    + Math.abs(want.getBlue() - got.getBlue())).as("quadrant %d", i).isLessThan(24);
        }
    }
}
