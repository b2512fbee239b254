package org.bawaba.devoutbox.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.ServiceLoader;

import org.bawaba.devoutbox.DevOutbox;
import org.bawaba.devoutbox.Sessions;
import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.email.EmailSenderProviderFactory;
import org.keycloak.services.resource.RealmResourceProviderFactory;

class DevOutboxEmailSenderTest {

    @TempDir
    Path temp;

    @Test
    void isRegistered_existsOnlyWhenEnabled_andNeverReplacesSmtpByItself() {
        assertThat(ServiceLoader.load(EmailSenderProviderFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(DevOutboxEmailSenderFactory.class);
        DevOutboxEmailSenderFactory factory = new DevOutboxEmailSenderFactory();
        assertThat(factory.getId()).isEqualTo("dev-outbox");
        assertThat(factory.isSupported(Scopes.of(Map.of()))).isFalse();
        assertThat(factory.isSupported(Scopes.of(Map.of("enabled", "true")))).isTrue();
        assertThat(factory.order()).as("Keycloak's SMTP sender stays the default without the provider option").isZero();
    }

    @Test
    void aSentMailIsWrittenWithItsTextAndListedNewestFirst() throws Exception {
        DevOutbox outbox = new DevOutbox(temp, DevOutbox.Channel.MAIL);
        sender(outbox, "2026-11-29T10:00:00Z").send(Map.of(), "youssef@bawaba.example", "Votre code", "Code : 123456", "<p>x</p>");
        sender(outbox, "2026-11-29T10:05:00Z").send(Map.of(), "amina@bawaba.example", "رمزك", "الرمز: 654321", null);

        assertThat(outbox.recent(null, 10)).extracting(DevOutbox.Entry::to)
                .containsExactly("amina@bawaba.example", "youssef@bawaba.example");
        assertThat(outbox.recent("YOUSSEF@bawaba.example", 10)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Votre code");
            assertThat(mail.text()).isEqualTo("Code : 123456");
            assertThat(mail.time()).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
        });
    }

    @Test
    void aMailWithoutRecipientOrAnUnwritableOutboxIsASendingFailure() throws Exception {
        assertThatThrownBy(() -> sender(new DevOutbox(temp, DevOutbox.Channel.MAIL), "2026-11-29T10:00:00Z")
                .send(Map.of(), " ", "s", "t", null)).isInstanceOf(EmailException.class);
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> sender(new DevOutbox(file, DevOutbox.Channel.MAIL), "2026-11-29T10:00:00Z")
                .send(Map.of(), "a@b.example", "s", "t", null)).isInstanceOf(EmailException.class);
    }

    @Test
    void theOutboxPageAnswersOnlyWhenTheDevOutboxIsTheActiveSender() {
        assertThat(ServiceLoader.load(RealmResourceProviderFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(DevMailOutboxResourceProviderFactory.class);
        DevMailOutboxResourceProviderFactory pages = new DevMailOutboxResourceProviderFactory();
        assertThat(pages.getId()).isEqualTo("dev-mail-outbox");
        DevOutbox outbox = new DevOutbox(temp, DevOutbox.Channel.MAIL);
        EmailSenderProvider smtp = new EmailSenderProvider() {
            @Override
            public void send(Map<String, String> config, String address, String subject, String text, String html) {
            }

            @Override
            public void validate(Map<String, String> config) {
            }

            @Override
            public void close() {
            }
        };

        assertThat(pages.activeOutbox(Sessions.withProvider(EmailSenderProvider.class,
                sender(outbox, "2026-11-29T10:00:00Z")))).contains(outbox);
        assertThat(pages.activeOutbox(Sessions.withProvider(EmailSenderProvider.class, smtp))).isEmpty();
    }

    private static DevOutboxEmailSender sender(DevOutbox outbox, String now) {
        return new DevOutboxEmailSender(outbox, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }
}
