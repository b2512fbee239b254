package org.bawaba.eid.verifier.tlv;

/**
 * Bounded BER-TLV structure checks. Run before handing bytes to a parser that trusts declared lengths: every
 * length must fit inside its parent, so no parser can be made to allocate more than the input's size.
 */
public final class BerTlv {

    private static final int MAX_DEPTH = 16;

    private BerTlv() {
    }

    /** A parsed header: the tag, where the value starts, and its length. */
    public record Header(int tag, int valueOffset, int length) {
        public int end() {
            return valueOffset + length;
        }

        public boolean constructed() {
            int firstByte = tag > 0xFFFF ? tag >> 16 : tag > 0xFF ? tag >> 8 : tag;
            return (firstByte & 0x20) != 0;
        }
    }

    /** Reads the header at {@code offset}; throws {@link TlvException} if it does not fit in {@code limit}. */
    public static Header header(byte[] bytes, int offset, int limit) {
        int i = offset;
        if (i >= limit) {
            throw new TlvException("truncated tag");
        }
        int tag = bytes[i++] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            int extra = 0;
            do {
                if (i >= limit || ++extra > 2) {
                    throw new TlvException("bad tag");
                }
                tag = (tag << 8) | (bytes[i] & 0xFF);
            } while ((bytes[i++] & 0x80) != 0);
        }
        if (i >= limit) {
            throw new TlvException("truncated length");
        }
        int first = bytes[i++] & 0xFF;
        int length;
        if (first < 0x80) {
            length = first;
        } else {
            int count = first & 0x7F;
            if (count == 0 || count > 3) {
                throw new TlvException("unsupported length form");
            }
            length = 0;
            for (int k = 0; k < count; k++) {
                if (i >= limit) {
                    throw new TlvException("truncated length");
                }
                length = (length << 8) | (bytes[i++] & 0xFF);
            }
        }
        if (length > limit - i) {
            throw new TlvException("length exceeds its container");
        }
        return new Header(tag, i, length);
    }

    /**
     * Checks that {@code bytes} is exactly one TLV with tag {@code expectedTag} and that every constructed TLV
     * inside it is well nested.
     */
    public static Header requireSingle(byte[] bytes, int expectedTag) {
        if (bytes == null || bytes.length == 0) {
            throw new TlvException("empty");
        }
        Header outer = header(bytes, 0, bytes.length);
        if (outer.tag() != expectedTag) {
            throw new TlvException("unexpected tag " + Integer.toHexString(outer.tag()));
        }
        if (outer.end() != bytes.length) {
            throw new TlvException("trailing bytes after the TLV");
        }
        walk(bytes, outer.valueOffset(), outer.end(), 1);
        return outer;
    }

    private static void walk(byte[] bytes, int from, int to, int depth) {
        if (depth > MAX_DEPTH) {
            throw new TlvException("nesting too deep");
        }
        int i = from;
        while (i < to) {
            Header h = header(bytes, i, to);
            if (h.constructed()) {
                walk(bytes, h.valueOffset(), h.end(), depth + 1);
            }
            i = h.end();
        }
    }

    public static final class TlvException extends RuntimeException {
        public TlvException(String message) {
            super(message, null, false, false);
        }
    }
}
