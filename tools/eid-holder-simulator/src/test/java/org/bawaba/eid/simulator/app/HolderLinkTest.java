package org.bawaba.eid.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HolderLinkTest {

    private static final String SECRET = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80";

    @Test
    void parsesTheApiAndTheSecret() {
        HolderLink link = HolderLink.parse("https://id.bawaba.example/realms/eid/bawaba-eid/app#t=" + SECRET);

        assertThat(link.api()).isEqualTo(URI.create("https://id.bawaba.example/realms/eid/bawaba-eid"));
        assertThat(link.secret()).isEqualTo(SECRET);
        assertThat(link.realm()).isEqualTo("eid");
        assertThat(link.resolve("/transaction"))
                .isEqualTo(URI.create("https://id.bawaba.example/realms/eid/bawaba-eid/transaction"));
        assertThat(link.link()).isEqualTo("https://id.bawaba.example/realms/eid/bawaba-eid/app#t=" + SECRET);
        assertThat(link.toString()).doesNotContain(SECRET).endsWith("/app#t=…");
    }

    @Test
    void keepsThePort_andAcceptsAPaddedSecret() {
        HolderLink link = HolderLink.parse(" http://localhost:8080/realms/e-id_2/bawaba-eid/app#t=" + SECRET + "=\n");

        assertThat(link.api()).isEqualTo(URI.create("http://localhost:8080/realms/e-id_2/bawaba-eid"));
        assertThat(link.realm()).isEqualTo("e-id_2");
        assertThat(link.secret()).isEqualTo(SECRET + "=");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ftp://localhost/realms/eid/bawaba-eid/app#t=" + SECRET,
        "localhost:8080/realms/eid/bawaba-eid/app#t=" + SECRET,
        "http:///realms/eid/bawaba-eid/app#t=" + SECRET,
        "http://user@localhost/realms/eid/bawaba-eid/app#t=" + SECRET,
        "http://localhost/realms/eid/bawaba-eid/app?x=1#t=" + SECRET,
        "http://localhost/realms/eid/bawaba-eid/app",
        "http://localhost/realms/eid/bawaba-eid/app#s=" + SECRET,
        "http://localhost/realms/eid/bawaba-eid/app#t=" + SECRET + "&x=y",
        "http://localhost/realms/eid/bawaba-eid/app#t=short",
        "http://localhost/realms/eid/bawaba-eid/app#t=" + SECRET + "xx",
        "http://localhost/realms/eid/bawaba-eid/app#t=q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8+",
        "http://localhost/realms/eid/bawaba-eid/app/#t=" + SECRET,
        "http://localhost/realms/eid/bawaba-eid#t=" + SECRET,
        "http://localhost/realms//bawaba-eid/app#t=" + SECRET,
        "http://localhost/realms/eid/other/app#t=" + SECRET,
        "http://localhost/auth/realms/eid/bawaba-eid/app#t=" + SECRET,
        "http://localhost/realms/eid/extra/bawaba-eid/app#t=" + SECRET,
        "not a link at all"
    })
    void refusesAnythingElse_sayingWhat(String link) {
        assertThatThrownBy(() -> HolderLink.parse(link)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a Bawaba e-ID app link (")
                .hasMessageContaining("expected http(s)://host[:port]/realms/{realm}/bawaba-eid/app#t={secret}")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void withSecret_keepsTheApi_forTestsOfAWrongCredential() {
        HolderLink link = HolderLink.parse("http://localhost/realms/eid/bawaba-eid/app#t=" + SECRET);

        assertThat(link.withSecret("wrong")).isEqualTo(new HolderLink(link.api(), "wrong"));
        assertThat(new HolderLink(URI.create("http://localhost/realms/eid/bawaba-eid/"), SECRET)).isEqualTo(link);
    }
}
