package org.bawaba.eid.verifier.identity;

/** The holder's portrait from DG2: encoded image bytes (JPEG or JPEG 2000) and their MIME type. */
public record FaceImage(String mimeType, int width, int height, byte[] bytes) {

    public FaceImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "FaceImage[" + mimeType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
