package org.bawaba.devoutbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.util.JsonSerialization;

class DevOutboxTest {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    @TempDir
    Path temp;

    @Test
    void writesOneJsonFilePerMessage_withOnlyTheFieldsItsChannelHas() throws Exception {
        String text = "رمزك: 123456 \"<b>\"\nCode: 123456";
        String sms = new DevOutbox(temp, DevOutbox.Channel.SMS).write("+212612345678", null, text, "ref-1", T0);
        String mail = new DevOutbox(temp, DevOutbox.Channel.MAIL).write("y@bawaba.example", "Votre code", "Code", null, T0);

        assertThat(sms).startsWith("sms-");
        assertThat(json(temp.resolve(sms + ".json"))).containsOnlyKeys("to", "text", "reference", "time")
                .containsEntry("to", "+212612345678").containsEntry("text", text).containsEntry("reference", "ref-1")
                .containsEntry("time", "2026-05-01T10:00:00Z");
        assertThat(mail).startsWith("mail-");
        assertThat(json(temp.resolve(mail + ".json"))).containsOnlyKeys("to", "subject", "text", "time")
                .containsEntry("subject", "Votre code");
    }

    @Test
    void recent_isNewestFirst_limited_filteredByRecipient_andReadsOnlyItsOwnChannel() throws Exception {
        DevOutbox outbox = new DevOutbox(temp, DevOutbox.Channel.SMS);
        for (int i = 0; i < 5; i++) {
            outbox.write(i % 2 == 0 ? "+212600000001" : "+212600000002", null, "code " + i, "ref-" + i, T0.plusSeconds(i));
        }
        new DevOutbox(temp, DevOutbox.Channel.MAIL).write("+212600000001", "s", "a mail", null, T0.plusSeconds(9));
        Files.writeString(temp.resolve("notes.json"), "{}");
        Files.writeString(temp.resolve(".writing-123.tmp"), "{\"to\":");
        Files.writeString(temp.resolve("sms-9999999999999999999-deadbeef.json"), "not json");

        assertThat(outbox.recent(null, 10)).extracting(DevOutbox.Entry::reference)
                .containsExactly("ref-4", "ref-3", "ref-2", "ref-1", "ref-0");
        assertThat(outbox.recent(null, 2)).extracting(DevOutbox.Entry::text).containsExactly("code 4", "code 3");
        assertThat(outbox.recent("+212600000002", 10)).extracting(DevOutbox.Entry::reference).containsExactly("ref-3", "ref-1");
        assertThat(outbox.recent(null, 1).get(0).time()).isEqualTo(T0.plusSeconds(4));
        assertThat(new DevOutbox(temp, DevOutbox.Channel.MAIL).recent("+212600000001", 10)).extracting(DevOutbox.Entry::text)
                .containsExactly("a mail");
        assertThat(new DevOutbox(temp.resolve("missing"), DevOutbox.Channel.SMS).recent(null, 10)).isEmpty();
    }

    @Test
    void htmlPage_escapesEveryValue_showsTheColumnsOfItsChannel_andCarriesTheDevelopmentOnlyBanner() throws Exception {
        DevOutbox texts = new DevOutbox(temp.resolve("sms"), DevOutbox.Channel.SMS);
        texts.write("+212612345678", null, "<script>alert('x')</script> & رمزك 123456", "r\"1", T0);
        String sms = DevOutboxPage.html(DevOutbox.Channel.SMS, texts.recent(null, 10));
        assertThat(sms).contains("DEVELOPMENT ONLY", "DÉVELOPPEMENT UNIQUEMENT", "للتطوير فقط", "SMS outbox")
                .contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; رمزك 123456")
                .contains("r&quot;1", "+212612345678", "2026-05-01T10:00:00Z", "Reference")
                .doesNotContain("<script>").doesNotContain("Subject");

        DevOutbox mails = new DevOutbox(temp.resolve("mail"), DevOutbox.Channel.MAIL);
        mails.write("a@b.example", "<img src=x onerror=alert(1)>", "Code : 123456 & <b>", null, T0);
        String mail = DevOutboxPage.html(DevOutbox.Channel.MAIL, mails.recent(null, 10));
        assertThat(mail).contains("Mail outbox", "Subject", "&lt;img src=x onerror=alert(1)&gt;", "Code : 123456 &amp; &lt;b&gt;")
                .doesNotContain("<img").doesNotContain("<b>").doesNotContain("Reference");
        assertThat(DevOutboxPage.html(DevOutbox.Channel.SMS, List.of())).contains("No message yet");
    }

    @Test
    void json_listsTheMessagesNewestFirst() throws Exception {
        DevOutbox outbox = new DevOutbox(temp, DevOutbox.Channel.SMS);
        outbox.write("+212612345678", null, "first 111111", "r-1", T0);
        outbox.write("+212612345678", null, "second 222222", "r-2", T0.plusSeconds(1));

        var json = JsonSerialization.mapper.readTree(DevOutboxPage.json(outbox.recent(null, 10)));

        assertThat(json.path("developmentOnly").asBoolean()).isTrue();
        assertThat(json.path("messages")).hasSize(2);
        assertThat(json.path("messages").get(0).path("text").asText()).isEqualTo("second 222222");
        assertThat(json.path("messages").get(0).path("time").asText()).isEqualTo("2026-05-01T10:00:01Z");
        assertThat(json.path("messages").get(1).path("reference").asText()).isEqualTo("r-1");
        assertThat(json.path("messages").get(1).has("subject")).isFalse();
    }

    @Test
    void answersJson_onlyWhenAskedFor() {
        assertThat(DevOutboxResource.wantsJson(Sessions.accepting("application/json"))).isTrue();
        assertThat(DevOutboxResource.wantsJson(Sessions.accepting("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))).isFalse();
        assertThat(DevOutboxResource.wantsJson(Sessions.accepting("*/*"))).isFalse();
        assertThat(DevOutboxResource.wantsJson(Sessions.accepting(null))).isFalse();
    }

    @Test
    void anOutboxThatCannotBeLookedUpIsNoOutbox() {
        assertThat(DevOutboxResource.activeOutbox(Sessions.accepting(null), s -> {
            throw new RuntimeException("no provider");
        })).isEmpty();
    }

    @Test
    void settings_areOffByDefault_andOpeningCreatesTheDirectoryAndWarnsThatNothingIsSent() {
        assertThat(DevOutboxSettings.enabled(Scopes.of(Map.of()))).isFalse();
        assertThat(DevOutboxSettings.enabled(Scopes.of(Map.of("enabled", "false")))).isFalse();
        assertThat(DevOutboxSettings.enabled(Scopes.of(Map.of("enabled", "true")))).isTrue();
        assertThat(DevOutboxSettings.metadata(DevOutbox.Channel.MAIL)).extracting(ProviderConfigProperty::getName)
                .containsExactly("enabled", "directory");

        Path directory = temp.resolve("kc/data/mail-outbox");
        List<String> warnings = new ArrayList<>();
        Logger logger = Logger.getLogger(DevOutboxSettings.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            DevOutbox outbox = DevOutboxSettings.open(Scopes.of(Map.of("enabled", "true", "directory", directory.toString())),
                    DevOutbox.Channel.MAIL, "email-sender", "dev-mail-outbox");
            assertThat(outbox.directory()).isEqualTo(directory);
        } finally {
            logger.removeHandler(capture);
        }
        assertThat(directory).isDirectory();
        assertThat(warnings).singleElement().asString().contains("DEVELOPMENT ONLY", "NOT sent", directory.toString(),
                "dev-mail-outbox");
    }

    @Test
    void defaultDirectory_isUnderKeycloakHome() {
        String previous = System.getProperty("kc.home.dir");
        System.setProperty("kc.home.dir", "/opt/keycloak");
        try {
            assertThat(DevOutboxSettings.defaultDirectory(DevOutbox.Channel.SMS)).isEqualTo("/opt/keycloak/data/sms-outbox");
            assertThat(DevOutboxSettings.defaultDirectory(DevOutbox.Channel.MAIL)).isEqualTo("/opt/keycloak/data/mail-outbox");
        } finally {
            if (previous == null) {
                System.clearProperty("kc.home.dir");
            } else {
                System.setProperty("kc.home.dir", previous);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> json(Path file) throws Exception {
        return JsonSerialization.readValue(Files.readAllBytes(file), Map.class);
    }
}
