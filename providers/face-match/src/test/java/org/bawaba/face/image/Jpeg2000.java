package org.bawaba.face.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.github.jaiimageio.jpeg2000.J2KImageWriteParam;
import com.github.jaiimageio.jpeg2000.impl.J2KImageWriterSpi;

/** Test images: JPEG 2000 written by jai-imageio's own encoder, as a chip's DG2 would hold them. */
public final class Jpeg2000 {

    private Jpeg2000() {
    }

    /** A JP2 file (signature box, header boxes, then the codestream), lossy like a chip portrait. */
    public static byte[] jp2(BufferedImage image) {
        return write(image, false);
    }

    /** A bare J2K codestream, no JP2 boxes. */
    public static byte[] codestream(BufferedImage image) {
        return write(image, true);
    }

    public static byte[] jp2FromJpeg(byte[] jpeg) {
        try {
            return jp2(ImageIO.read(new ByteArrayInputStream(jpeg)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(BufferedImage image, boolean codestreamOnly) {
        // jai-imageio's encoder clips packed-int RGB (TYPE_INT_RGB) samples at 127: give it one byte per sample.
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR && image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            BufferedImage bytes = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            bytes.createGraphics().drawImage(image, 0, 0, null);
            image = bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = null;
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer = new J2KImageWriterSpi().createWriterInstance();
            writer.setOutput(output);
            J2KImageWriteParam param = (J2KImageWriteParam) writer.getDefaultWriteParam();
            param.setLossless(false);
            param.setEncodingRate(2.0);
            param.setWriteCodeStreamOnly(codestreamOnly);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (writer != null) {
                writer.dispose();
            }
        }
        return out.toByteArray();
    }
}
