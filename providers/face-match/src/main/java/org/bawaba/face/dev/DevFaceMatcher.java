package org.bawaba.face.dev;

import java.awt.image.BufferedImage;

import org.bawaba.face.image.PortraitImageException;
import org.bawaba.face.image.PortraitImages;
import org.bawaba.spi.face.FaceMatchResult;
import org.bawaba.spi.face.FaceMatcher;
import org.bawaba.spi.face.Portrait;
import org.jboss.logging.Logger;

/**
 * DEVELOPMENT ONLY: tells whether two images are the same picture, not whether they show the same person. Both are
 * decoded (JPEG, PNG or JPEG 2000), reduced to {@value #SIZE}x{@value #SIZE} grey levels by averaging, and compared:
 * the similarity is {@code 1 - 10 x} their mean absolute difference (grey levels as 0-1), floored at 0, so an average
 * difference of one grey level in 255 costs 0.04. A thumbnail without contrast (a blank or uniform image) has no
 * face.
 *
 * <p>A copy of the chip portrait, re-encoded or converted from JPEG 2000, matches; a real selfie of the same person
 * does not. The synthetic faces of the e-ID holder simulator differ from one seed to another only by their skin tone
 * and noise, which this sees.
 */
public final class DevFaceMatcher implements FaceMatcher {

    static final int SIZE = 32;
    /** Below this standard deviation of the thumbnail's grey levels (about 5 in 255), an image shows no face. */
    static final double MIN_CONTRAST = 0.02;

    private static final Logger LOG = Logger.getLogger(DevFaceMatcher.class);

    private final double threshold;

    DevFaceMatcher(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public FaceMatchResult match(Portrait document, Portrait selfie) {
        FaceMatchResult result = compare(document, selfie);
        LOG.debugf("dev face match: %s, similarity %.4f %s", result.outcome(), result.similarity(), result.detail());
        return result;
    }

    private FaceMatchResult compare(Portrait document, Portrait selfie) {
        double[] reference;
        double[] probe;
        try {
            reference = thumbnail(PortraitImages.decode(document));
        } catch (PortraitImageException e) {
            return FaceMatchResult.unavailable("document portrait: " + e.getMessage());
        }
        try {
            probe = thumbnail(PortraitImages.decode(selfie));
        } catch (PortraitImageException e) {
            return FaceMatchResult.unavailable("selfie: " + e.getMessage());
        }
        if (contrast(reference) < MIN_CONTRAST) {
            return FaceMatchResult.noFace("no contrast in the document portrait");
        }
        if (contrast(probe) < MIN_CONTRAST) {
            return FaceMatchResult.noFace("no contrast in the selfie");
        }
        double similarity = similarity(reference, probe);
        return similarity >= threshold ? FaceMatchResult.match(similarity) : FaceMatchResult.noMatch(similarity);
    }

    /** {@code 1 - 10 x} the mean absolute difference of the two thumbnails, floored at 0. */
    static double similarity(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return Math.max(0, 1 - 10 * sum / a.length);
    }

    /** {@value #SIZE}x{@value #SIZE} luma values in [0, 1], each the average of its cell of the image. */
    static double[] thumbnail(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        double[] cells = new double[SIZE * SIZE];
        for (int cy = 0; cy < SIZE; cy++) {
            int y0 = cy * height / SIZE;
            int y1 = Math.max(y0 + 1, (cy + 1) * height / SIZE);
            for (int cx = 0; cx < SIZE; cx++) {
                int x0 = cx * width / SIZE;
                int x1 = Math.max(x0 + 1, (cx + 1) * width / SIZE);
                double sum = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        int rgb = image.getRGB(x, y);
                        sum += 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
                    }
                }
                cells[cy * SIZE + cx] = sum / ((double) (x1 - x0) * (y1 - y0) * 255);
            }
        }
        return cells;
    }

    private static double contrast(double[] cells) {
        double mean = 0;
        for (double cell : cells) {
            mean += cell;
        }
        mean /= cells.length;
        double variance = 0;
        for (double cell : cells) {
            variance += (cell - mean) * (cell - mean);
        }
        return Math.sqrt(variance / cells.length);
    }
}
