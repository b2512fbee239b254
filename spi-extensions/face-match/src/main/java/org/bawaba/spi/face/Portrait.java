package org.bawaba.spi.face;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A face image: the portrait read from a chip's DG2, or the selfie a phone took. Biometric data: it is never logged,
 * and {@link #toString()} says only its type and size.
 *
 * @param mediaType {@code image/jpeg}, {@code image/png} or {@code image/jp2} (JPEG 2000, as DG2 may hold); the
 *                  declared type, which providers check against the bytes' own signature
 * @param bytes     the encoded image, copied in and out
 */
public record Portrait(String mediaType, byte[] bytes) {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String JP2 = "image/jp2";

    private static final Set<String> MEDIA_TYPES = Set.of(JPEG, PNG, JP2);

    public Portrait {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
        mediaType = mediaType.strip().toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new IllegalArgumentException("media type must be image/jpeg, image/png or image/jp2");
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException("empty image");
        }
        bytes = bytes.clone();
    }

    /** A copy: the portrait cannot be changed through it. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The size of the encoded image, without copying it. */
    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Portrait that && mediaType.equals(that.mediaType) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    /** Never the bytes. */
    @Override
    public String toString() {
        return "Portrait[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
