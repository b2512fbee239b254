package org.bawaba.eid.simulator.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.jmrtd.cbeff.BiometricDataBlock;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;

/** A synthetic, deterministic "face" JPEG of a realistic chip size (about 10-20 kB), and the portrait of a DG2. */
public final class FaceImages {

    public static final int WIDTH = 240;
    public static final int HEIGHT = 320;

    private FaceImages() {
    }

    public static byte[] jpeg(long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        int cx = WIDTH / 2;
        int cy = HEIGHT * 2 / 5;
        int tone = 150 + random.nextInt(80);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double dx = (x - cx) / 80.0;
                double dy = (y - cy) / 105.0;
                boolean face = dx * dx + dy * dy < 1.0;
                int base = face ? tone : 225 - y / 8;
                int noise = random.nextInt(24);
                int r = clamp(base + noise);
                int g = clamp(base - 25 + noise);
                int b = clamp(base - 45 + noise);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The first portrait of a DG2 file, byte for byte as the chip holds it (for the simulator's documents, the
     * {@link #jpeg} of the spec's face seed).
     *
     * @throws IllegalArgumentException when DG2 does not parse or holds no image
     */
    public static byte[] portrait(byte[] dg2) {
        try {
            for (BiometricDataBlock block : new DG2File(new ByteArrayInputStream(dg2)).getSubRecords()) {
                if (block instanceof FaceInfo face) {
                    for (FaceImageInfo image : face.getFaceImageInfos()) {
                        try (InputStream in = image.getImageInputStream()) {
                            return in.readNBytes(image.getImageLength());
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("DG2 is not a readable face data group", e);
        }
        throw new IllegalArgumentException("DG2 holds no portrait");
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
