package org.bawaba.eid.simulator.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** A synthetic, deterministic "face" JPEG of a realistic chip size (about 10-20 kB). */
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

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
