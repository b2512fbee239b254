package org.bawaba.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.bawaba.spi.registry.PaymentMode;
import org.junit.jupiter.api.Test;

/** What ./bawaba start hands the reference registry (the test runs in this module's folder). */
class DemoRegistryFileTest {

    private static final Path ROOT = Path.of("../..");

    @Test
    void theDemoFile_loads_withBothPaymentModes() throws IOException {
        List<PersonRecord> people = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ROOT.resolve("broker/demo/cnops-demo-registry.csv"))) {
            new RegistryCsv(new AnswerHasher(Base64.getDecoder().decode(ReferenceRegistryConfig.DEVELOPMENT_KEY)))
                    .read(in, people::add);
        }
        assertThat(people).hasSize(6);
        assertThat(people).extracting(PersonRecord::paymentMode)
                .contains(PaymentMode.BANK_TRANSFER, PaymentMode.POSTAL_ORDER);
        assertThat(people).extracting(PersonRecord::nationalId).doesNotHaveDuplicates()
                .as("the demo accounts' national IDs (realm-config)").doesNotContain("AB123456", "BE654321");
        assertThat(people).allSatisfy(person -> assertThat(person.givenNameAr()).isNotBlank());
    }

    @Test
    void theStartScript_passesTheDevelopmentKeyTheServerWarnsAbout() throws IOException {
        assertThat(Files.readString(ROOT.resolve("bawaba"))).contains(ReferenceRegistryConfig.DEVELOPMENT_KEY);
    }
}
