package org.bawaba.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class SameOriginFilterTest {

    private static final URI BASE = URI.create("http://localhost:8095/");

    @Test
    void onlyThePortalsOwnPagesMayPostItsForms() {
        assertThat(SameOriginFilter.fromOwnPages("http://localhost:8095", null, BASE)).isTrue();
        assertThat(SameOriginFilter.fromOwnPages(null, "same-origin", BASE)).isTrue();
        assertThat(SameOriginFilter.fromOwnPages("https://evil.example", "same-origin", BASE)).isFalse();
        assertThat(SameOriginFilter.fromOwnPages("http://localhost:8096", null, BASE)).isFalse();
        assertThat(SameOriginFilter.fromOwnPages(null, "cross-site", BASE)).isFalse();
        assertThat(SameOriginFilter.fromOwnPages("null", null, BASE)).isFalse();
        assertThat(SameOriginFilter.fromOwnPages(null, null, BASE)).isFalse();
    }
}
