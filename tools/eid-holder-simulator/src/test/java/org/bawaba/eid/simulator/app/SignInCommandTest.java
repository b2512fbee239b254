package org.bawaba.eid.simulator.app;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.bawaba.eid.simulator.cli.HolderSimulatorCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code sign-in} on the command line: what it prints and its exit status. */
class SignInCommandTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    static Path directory;

    private static Path pki;
    private static Path demo;

    private HolderApiStub api;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void pkiAndDemoCard() {
        pki = directory.resolve("pki");
        demo = directory.resolve("amina");
        assertThat(HolderSimulatorCli.run(new String[] {"pki", "--out", pki.toString(), "--algorithm", "brainpool"},
                System.out, System.err)).isZero();
        assertThat(HolderSimulatorCli.run(new String[] {"document", "--pki", pki.toString(), "--out", demo.toString(),
            "--holder", "demo"}, System.out, System.err)).isZero();
    }

    @BeforeEach
    void stub() {
        api = new HolderApiStub(server);
    }

    @Test
    void storedDemoCard_isVerified_exit0() throws Exception {
        api.transaction().verifies();

        int status = run("sign-in", "--link", api.link(), "--document", demo.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                Signing in to Portail des démarches
                Check that your browser shows the same code: 123 456
                verified
                """);
        JsonNode body = new ObjectMapper().readTree(api.presentations().get(0).getBodyAsString());
        assertThat(Base64.getDecoder().decode(body.get("dataGroups").get("1").asText()))
                .isEqualTo(Files.readAllBytes(demo.resolve("DG1.bin")));
        assertThat(Base64.getDecoder().decode(body.get("selfie").get("data").asText()))
                .isEqualTo(org.bawaba.eid.simulator.document.FaceImages.portrait(
                        Files.readAllBytes(demo.resolve("DG2.bin"))));
    }

    @Test
    void forgery_isRefused_exit3() {
        api.transaction().refuses("document_not_recognised", 2);

        int status = run("sign-in", "--link", api.link(), "--pki", pki.toString(), "--variant", "wrong_csca",
                "--selfie", "other");

        assertThat(status).isEqualTo(HolderSimulatorCli.NOT_VERIFIED);
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith(
                "refused: document_not_recognised - Ce document n'a pas pu être vérifié. (attempts left: 2)\n");
    }

    @Test
    void freshDocumentFromThePki_isPresented() {
        api.transaction().verifies();

        assertThat(run("sign-in", "--link", api.link(), "--pki", pki.toString(), "--layout", "td3")).isZero();
    }

    @Test
    void anExpiredTransaction_exit3() {
        api.transactionProblem(410, "transaction_expired");

        assertThat(run("sign-in", "--link", api.link(), "--document", demo.toString())).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "HTTP 410 transaction_expired - transaction expired\n");
    }

    @Test
    void badUsage_exit2() {
        assertThat(run("sign-in", "--link", "http://localhost/realms/eid/other/app#t=x", "--document",
                demo.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a Bawaba e-ID app link");
        assertThat(run("sign-in", "--link", api.link(), "--document", demo.toString(), "--pki", pki.toString()))
                .isEqualTo(2);
        assertThat(run("sign-in", "--link", api.link(), "--document", demo.toString(), "--selfie", "maybe"))
                .isEqualTo(2);
        assertThat(run("sign-in", "--link", api.link(), "--document", demo.toString(), "--variant", "wrong_csca"))
                .isEqualTo(2);
        assertThat(api.presentations()).isEmpty();
    }

    @Test
    void help_printsTheUsage_exit0() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("usage: java -jar bawaba-eid-holder-simulator.jar <command>")
                .contains("sign-in  --link URL (--document DIR | --pki DIR");
    }

    private int run(String... args) {
        return HolderSimulatorCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
