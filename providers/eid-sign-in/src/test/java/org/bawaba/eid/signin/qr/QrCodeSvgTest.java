package org.bawaba.eid.signin.qr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrCodeSvgTest {

    @Test
    void theQrCodeIsAnAccessibleSvgImageNamedByTheGivenLabel() {
        String svg = QrCodeSvg.of("https://bawaba.example/realms/eid/bawaba-eid/app#t=" + "x".repeat(43), "label");

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"label\"")
                .contains("<path fill=\"#000\" d=\"M").endsWith("</svg>");
        assertThat(svg).doesNotContain("bawaba.example").as("the link is drawn, not written");
    }
}
