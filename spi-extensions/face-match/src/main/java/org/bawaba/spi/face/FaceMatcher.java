package org.bawaba.spi.face;

import org.keycloak.provider.Provider;

/** Tells whether a selfie shows the person of an e-ID document's portrait. */
public interface FaceMatcher extends Provider {

    /**
     * Compares the two faces. Never throws for a service or image problem (unreachable, timed out, refused,
     * unreadable image): the result is then {@link FaceMatchResult.Outcome#UNAVAILABLE}, with a technical detail.
     *
     * @param document the portrait read from the chip (DG2): JPEG or JPEG 2000
     * @param selfie   the photo the person's phone took
     */
    FaceMatchResult match(Portrait document, Portrait selfie);

    @Override
    default void close() {
    }
}
