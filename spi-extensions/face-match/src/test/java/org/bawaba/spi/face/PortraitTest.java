package org.bawaba.spi.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortraitTest {

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

    @Test
    void copiesTheBytesIn_andOut() {
        byte[] given = JPEG_START.clone();
        Portrait portrait = new Portrait("image/jpeg", given);

        given[4] = 99;
        assertThat(portrait.bytes()).containsExactly(JPEG_START);
        portrait.bytes()[4] = 99;
        assertThat(portrait.bytes()).containsExactly(JPEG_START);
        assertThat(portrait.bytes()).isNotSameAs(portrait.bytes());
        assertThat(portrait.length()).isEqualTo(JPEG_START.length);
    }

    @Test
    void toString_saysTheTypeAndSize_neverTheBytes() {
        Portrait portrait = new Portrait("image/jp2", new byte[] {0x6A, 0x50, 0x20, 0x20, 42});

        assertThat(portrait.toString()).isEqualTo("Portrait[image/jp2, 5 bytes]")
                .doesNotContain("42", "6A", "6a", "[B@");
    }

    @Test
    void acceptsTheThreeMediaTypes_only() {
        assertThat(new Portrait("image/jpeg", JPEG_START).mediaType()).isEqualTo(Portrait.JPEG);
        assertThat(new Portrait("image/png", JPEG_START).mediaType()).isEqualTo(Portrait.PNG);
        assertThat(new Portrait(" Image/JP2 ", JPEG_START).mediaType()).isEqualTo(Portrait.JP2);
        assertThatThrownBy(() -> new Portrait("image/gif", JPEG_START)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Portrait("image/x-wsq", JPEG_START)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Portrait("image/jpeg", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Portrait(null, JPEG_START)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Portrait("image/jpeg", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equality_isByContent() {
        assertThat(new Portrait("image/jpeg", JPEG_START)).isEqualTo(new Portrait("image/jpeg", JPEG_START.clone()))
                .hasSameHashCodeAs(new Portrait("image/jpeg", JPEG_START.clone()))
                .isNotEqualTo(new Portrait("image/png", JPEG_START));
    }
}
