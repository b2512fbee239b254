package org.bawaba.eid.signin.holder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class PresentationRequestTest {

    private static final String CHALLENGE = b64(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static PresentationRequest parse(String json) throws PresentationRequest.Malformed {
        return PresentationRequest.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String valid(String extra) {
        return "{\"challenge\":\"" + CHALLENGE + "\",\"sod\":\"" + b64(new byte[] {0x77, 1, 0})
                + "\",\"dataGroups\":{\"1\":\"" + b64(new byte[] {0x61}) + "\",\"2\":\"" + b64(new byte[] {0x75})
                + "\"}" + extra + "}";
    }

    @Test
    void aWellFormedPresentationIsParsedWithItsSelfieAndAnswer() throws Exception {
        PresentationRequest request = parse(valid(",\"activeAuthenticationResponse\":\"" + b64(new byte[] {9})
                + "\",\"selfie\":{\"mediaType\":\"image/jpeg\",\"data\":\"" + b64(new byte[] {(byte) 0xFF}) + "\"}"));

        assertThat(request.challenge()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(request.dataGroups()).containsOnlyKeys(1, 2);
        assertThat(request.activeAuthenticationResponse()).containsExactly(9);
        assertThat(request.selfie().mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void malformedPresentationsAreRefusedWithAMessageThatNeverRepeatsTheirContent() {
        String[] bodies = {
                "not json",
                "[]",
                valid(",\"surprise\":1"),
                valid(",\"dataGroups\":{}"),
                "{\"challenge\":\"" + CHALLENGE + "\",\"sod\":\"%%%\",\"dataGroups\":{\"1\":\"AA==\",\"2\":\"AA==\"}}",
                "{\"challenge\":\"AQID\",\"sod\":\"AA==\",\"dataGroups\":{\"1\":\"AA==\",\"2\":\"AA==\"}}",
                "{\"challenge\":\"" + CHALLENGE + "\",\"sod\":\"AA==\",\"dataGroups\":{\"17\":\"AA==\"}}",
                "{\"challenge\":\"" + CHALLENGE + "\",\"sod\":\"AA==\",\"dataGroups\":{\"1\":\"AA==\"}}",
                "{\"challenge\":\"" + CHALLENGE + "\",\"sod\":7,\"dataGroups\":{\"1\":\"AA==\",\"2\":\"AA==\"}}",
                valid(",\"selfie\":{\"mediaType\":\"image/gif\",\"data\":\"AA==\"}"),
                "{\"challenge\":\"" + CHALLENGE + "\",\"challenge\":\"" + CHALLENGE + "\"}",
                "{\"<script>alert(1)</script>\":1}",
        };
        for (String body : bodies) {
            assertThatThrownBy(() -> parse(body)).as(body).isInstanceOf(PresentationRequest.Malformed.class)
                    .hasMessageNotContaining("<script>");
        }
    }

    @Test
    void anOversizedDataGroupIsRefusedBeforeItIsDecoded() {
        String big = "A".repeat((PresentationRequest.MAX_DATA_GROUP_BYTES / 3 + 2) * 4);
        String body = "{\"challenge\":\"" + CHALLENGE + "\",\"sod\":\"AA==\",\"dataGroups\":{\"1\":\"AA==\",\"2\":\""
                + big + "\"}}";

        assertThatThrownBy(() -> parse(body)).isInstanceOf(PresentationRequest.Malformed.class)
                .hasMessageContaining("dataGroups.2 is larger than");
    }
}
