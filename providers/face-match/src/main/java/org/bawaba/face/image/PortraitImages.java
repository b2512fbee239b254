package org.bawaba.face.image;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi;
import org.bawaba.spi.face.Portrait;

/**
 * Reads portraits by what their bytes are, not only by what they claim: a chip's DG2 holds JPEG or JPEG 2000 (a JP2
 * file, or a bare J2K codestream), a phone sends JPEG or PNG. Face services read JPEG and PNG, not JPEG 2000, so
 * {@link #toJpegOrPng} re-encodes JPEG 2000 as JPEG.
 *
 * <p>JPEG 2000 is decoded by jai-imageio's jj2000 reader, instantiated through its {@link J2KImageReaderSpi}: never
 * looked up in ImageIO's plugin registry, which does not see the jars of Keycloak's providers directory. JPEG and PNG
 * use the JDK's own readers and writer, which ImageIO always has.
 *
 * <p>Limits, checked before any pixel is decoded: at most {@value #MAX_BYTES} bytes, and
 * {@value #MAX_DIMENSION}x{@value #MAX_DIMENSION} pixels (an ICAO portrait is about 500x650; a phone selfie is
 * usually scaled down before upload).
 */
public final class PortraitImages {

    /** 2 MiB: an encoded chip portrait is 15-30 kB, a selfie for a face service well under 1 MB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_DIMENSION = 4096;

    /** Quality of the JPEG made from a JPEG 2000 portrait: high enough to add no artefact a face model would see. */
    static final float JPEG_QUALITY = 0.92f;

    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The JP2 signature box: length 12, type "jP  ", content 0D 0A 87 0A. */
    private static final byte[] JP2_SIGNATURE = {0, 0, 0, 0x0C, 'j', 'P', ' ', ' ', '\r', '\n', (byte) 0x87, '\n'};
    /** A raw JPEG 2000 codestream: SOC marker then SIZ marker. */
    private static final byte[] J2K_SIGNATURE = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51};

    private static final J2KImageReaderSpi J2K_READERS = new J2KImageReaderSpi();

    private PortraitImages() {
    }

    /** What an image's bytes are, whatever its declared media type. */
    public enum Format {
        JPEG(Portrait.JPEG), PNG(Portrait.PNG), JPEG_2000(Portrait.JP2);

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /**
     * The format the bytes' signature says.
     *
     * @throws PortraitImageException when they are none of JPEG, PNG, JP2 or a J2K codestream
     */
    public static Format format(byte[] bytes) {
        if (startsWith(bytes, JPEG_SIGNATURE)) {
            return Format.JPEG;
        }
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return Format.PNG;
        }
        if (startsWith(bytes, JP2_SIGNATURE) || startsWith(bytes, J2K_SIGNATURE)) {
            return Format.JPEG_2000;
        }
        throw new PortraitImageException("not a JPEG, PNG or JPEG 2000 image");
    }

    /**
     * The portrait as a face service reads it: JPEG and PNG as they are (their media type corrected to what the bytes
     * are), JPEG 2000 decoded and re-encoded as JPEG.
     *
     * @throws PortraitImageException when the image is not one of these formats, is corrupt, or is above the limits
     */
    public static Portrait toJpegOrPng(Portrait portrait) {
        byte[] bytes = portrait.bytes();
        checkLength(bytes);
        Format format = format(bytes);
        if (format == Format.JPEG_2000) {
            return new Portrait(Portrait.JPEG, encodeJpeg(read(bytes, format)));
        }
        checkDimensions(bytes, format);
        return format.mediaType().equals(portrait.mediaType()) ? portrait : new Portrait(format.mediaType(), bytes);
    }

    /**
     * The decoded image, whatever of JPEG, PNG or JPEG 2000 its bytes are.
     *
     * @throws PortraitImageException when the image is not one of these formats, is corrupt, or is above the limits
     */
    public static BufferedImage decode(Portrait portrait) {
        byte[] bytes = portrait.bytes();
        checkLength(bytes);
        return read(bytes, format(bytes));
    }

    private static BufferedImage read(byte[] bytes, Format format) {
        return withReader(bytes, format, reader -> {
            BufferedImage image = reader.read(0, reader.getDefaultReadParam());
            if (image == null) {
                throw new PortraitImageException(format + " image could not be decoded");
            }
            return image;
        });
    }

    private static void checkDimensions(byte[] bytes, Format format) {
        withReader(bytes, format, reader -> null);
    }

    private interface ReaderStep<T> {
        T apply(ImageReader reader) throws IOException;
    }

    /** Runs the step on a reader of the image whose dimensions, read from its header, are within the limits. */
    private static <T> T withReader(byte[] bytes, Format format, ReaderStep<T> step) {
        ImageReader reader = reader(format);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            checkDimensions(reader.getWidth(0), reader.getHeight(0));
            return step.apply(reader);
        } catch (IOException | RuntimeException e) {
            throw unreadable(format, e);
        } finally {
            reader.dispose();
        }
    }

    private static PortraitImageException unreadable(Format format, Exception e) {
        if (e instanceof PortraitImageException already) {
            return already;
        }
        // The decoder's message may describe the content; its class is enough to tell corrupt from unsupported.
        return new PortraitImageException(format + " image could not be read (" + e.getClass().getSimpleName() + ")");
    }

    private static ImageReader reader(Format format) {
        if (format == Format.JPEG_2000) {
            try {
                return J2K_READERS.createReaderInstance();
            } catch (IOException e) {
                throw new PortraitImageException("no JPEG 2000 reader (" + e.getClass().getSimpleName() + ")");
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == Format.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new PortraitImageException("no " + format + " reader in this Java runtime");
        }
        return readers.next();
    }

    /** Baseline JPEG, RGB or grayscale: what every face service reads. Alpha and 16-bit samples are flattened. */
    static byte[] encodeJpeg(BufferedImage image) {
        BufferedImage plain = plain(image);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new PortraitImageException("no JPEG writer in this Java runtime");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(plain, null, null), param);
        } catch (IOException e) {
            throw new PortraitImageException("JPEG could not be written (" + e.getClass().getSimpleName() + ")");
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage plain(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR
                || image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        boolean gray = image.getColorModel().getNumColorComponents() == 1;
        BufferedImage plain = new BufferedImage(image.getWidth(), image.getHeight(),
                gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = plain.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return plain;
    }

    private static void checkLength(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PortraitImageException("image too large: " + bytes.length + " bytes, at most " + MAX_BYTES);
        }
    }

    private static void checkDimensions(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new PortraitImageException("image has no pixels");
        }
        if (width > MAX_DIMENSION || height > MAX_DIMENSION) {
            throw new PortraitImageException("image too large: " + width + "x" + height + " pixels, at most "
                    + MAX_DIMENSION + "x" + MAX_DIMENSION);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (bytes[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
