package org.bawaba.face.image;

/**
 * A portrait that cannot be used: not a JPEG, PNG or JPEG 2000 image, corrupt, or above the size limits. The message is
 * technical (format, sizes, decoder error class), never image content.
 */
public final class PortraitImageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PortraitImageException(String message) {
        super(message);
    }
}
