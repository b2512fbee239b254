package org.bawaba.sms.devoutbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.bawaba.sms.CapturedLogs;
import org.bawaba.sms.MapScope;
import org.bawaba.spi.sms.SmsMessage;
import org.bawaba.spi.sms.SmsOutcome;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.util.JsonSerialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevOutboxSmsGatewayProviderFactoryTest {

    @TempDir
    Path temp;

    @Test
    void existsOnlyWhenExplicitlyEnabled() {
        DevOutboxSmsGatewayProviderFactory factory = new DevOutboxSmsGatewayProviderFactory();
        assertThat(factory.getId()).isEqualTo("dev-outbox");
        assertThat(factory.isSupported(MapScope.of(Map.of()))).isFalse();
        assertThat(factory.isSupported(MapScope.of(Map.of("enabled", "false")))).isFalse();
        assertThat(factory.isSupported(MapScope.of(Map.of("enabled", "true")))).isTrue();
        assertThat(factory.getConfigMetadata()).extracting(ProviderConfigProperty::getName)
                .containsExactly("enabled", "directory");
    }

    @Test
    void init_createsTheDirectory_andWarnsThatNothingIsSent() {
        Path directory = temp.resolve("kc/data/sms-outbox");
        try (CapturedLogs logs = new CapturedLogs()) {
            factory(directory);
            assertThat(logs.lines()).singleElement().asString().startsWith("WARN")
                    .contains("DEVELOPMENT ONLY", "NOT sent", directory.toString());
        }
        assertThat(directory).isDirectory();
    }

    @Test
    void defaultDirectory_isUnderKeycloakHome() {
        String previous = System.getProperty("kc.home.dir");
        System.setProperty("kc.home.dir", "/opt/keycloak");
        try {
            assertThat(DevOutboxSmsGatewayProviderFactory.defaultDirectory()).isEqualTo("/opt/keycloak/data/sms-outbox");
        } finally {
            if (previous == null) {
                System.clearProperty("kc.home.dir");
            } else {
                System.setProperty("kc.home.dir", previous);
            }
        }
    }

    @Test
    void send_writesOneJsonFilePerMessage() throws Exception {
        Path directory = temp.resolve("outbox");
        DevOutboxSmsGatewayProviderFactory factory = factory(directory);
        String text = "رمزك: 123456 \"<b>\"\nCode: 123456";

        SmsOutcome outcome = factory.create(null).send(new SmsMessage("+212612345678", text, "ref-1"));

        assertThat(outcome).isInstanceOf(SmsOutcome.Sent.class);
        String id = ((SmsOutcome.Sent) outcome).messageId();
        List<Path> files;
        try (var stream = Files.list(directory)) {
            files = stream.toList();
        }
        assertThat(files).singleElement().extracting(path -> path.getFileName().toString()).isEqualTo(id + ".json");
        @SuppressWarnings("unchecked")
        Map<String, String> json = JsonSerialization.readValue(Files.readAllBytes(files.get(0)), Map.class);
        assertThat(json).containsOnlyKeys("to", "text", "reference", "time")
                .containsEntry("to", "+212612345678").containsEntry("text", text).containsEntry("reference", "ref-1");
        assertThat(Instant.parse(json.get("time"))).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(
                1, java.time.temporal.ChronoUnit.MINUTES));
    }

    @Test
    void recent_isNewestFirst_limited_filteredByRecipient_andIgnoresOtherFiles() throws Exception {
        DevOutbox outbox = new DevOutbox(temp);
        Instant t0 = Instant.parse("2026-05-01T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            String to = i % 2 == 0 ? "+212600000001" : "+212600000002";
            new DevOutboxSmsGatewayProvider(outbox, Clock.fixed(t0.plusSeconds(i), ZoneOffset.UTC))
                    .send(new SmsMessage(to, "code " + i, "ref-" + i));
        }
        Files.writeString(temp.resolve("notes.json"), "{}");
        Files.writeString(temp.resolve(".writing-123.tmp"), "{\"to\":");
        Files.writeString(temp.resolve("sms-9999999999999999999-deadbeef.json"), "not json");

        assertThat(outbox.recent(null, 10)).extracting(DevOutbox.Entry::reference)
                .containsExactly("ref-4", "ref-3", "ref-2", "ref-1", "ref-0");
        assertThat(outbox.recent(null, 2)).extracting(DevOutbox.Entry::text).containsExactly("code 4", "code 3");
        assertThat(outbox.recent("+212600000002", 10)).extracting(DevOutbox.Entry::reference)
                .containsExactly("ref-3", "ref-1");
        assertThat(outbox.recent(null, 1).get(0).time()).isEqualTo(t0.plusSeconds(4));
        assertThat(new DevOutbox(temp.resolve("missing")).recent(null, 10)).isEmpty();
    }

    private static DevOutboxSmsGatewayProviderFactory factory(Path directory) {
        DevOutboxSmsGatewayProviderFactory factory = new DevOutboxSmsGatewayProviderFactory();
        factory.init(MapScope.of(Map.of("enabled", "true", "directory", directory.toString())));
        return factory;
    }
}
