package org.bawaba.spi.face;

import java.util.Objects;

/**
 * What a face comparison found.
 *
 * @param outcome    the decision
 * @param similarity the provider's score, in [0, 1] (its own scale: compare it only with that provider's threshold);
 *                   {@code NaN} when unknown ({@link Outcome#NO_FACE}, {@link Outcome#UNAVAILABLE})
 * @param detail     technical, for operators (logs, events): a status, an error code, never personal data or image
 *                   content; empty when there is nothing to add
 */
public record FaceMatchResult(Outcome outcome, double similarity, String detail) {

    public enum Outcome {
        /** The selfie shows the person of the document portrait: the similarity reached the threshold. */
        MATCH,
        /** Both images show a face, not the same person's: the similarity is below the threshold. */
        NO_MATCH,
        /** An image shows no face the service could find (blurred, covered, not a face). Taking another may help. */
        NO_FACE,
        /** No decision: the service failed, was not reachable or not configured, or an image could not be read. */
        UNAVAILABLE
    }

    public FaceMatchResult {
        Objects.requireNonNull(outcome, "outcome");
        if (!Double.isNaN(similarity) && (similarity < 0 || similarity > 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1] or NaN");
        }
        detail = detail == null ? "" : detail;
    }

    public static FaceMatchResult match(double similarity) {
        return new FaceMatchResult(Outcome.MATCH, similarity, "");
    }

    public static FaceMatchResult noMatch(double similarity) {
        return new FaceMatchResult(Outcome.NO_MATCH, similarity, "");
    }

    public static FaceMatchResult noFace(String detail) {
        return new FaceMatchResult(Outcome.NO_FACE, Double.NaN, detail);
    }

    public static FaceMatchResult unavailable(String detail) {
        return new FaceMatchResult(Outcome.UNAVAILABLE, Double.NaN, detail);
    }
}
