package org.bawaba.mail.devoutbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.Config;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.email.EmailSenderProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProviderFactory;

class DevMailOutboxTest {

    @TempDir
    Path temp;

    @Test
    void aSentMailIsWrittenWholeAndListedNewestFirst() throws Exception {
        DevMailOutbox outbox = new DevMailOutbox(temp);
        sender(outbox, "2026-11-29T10:00:00Z").send(Map.of(), "youssef@bawaba.example", "Votre code", "Code : 123456", "<p>x</p>");
        sender(outbox, "2026-11-29T10:05:00Z").send(Map.of(), "amina@bawaba.example", "رمزك", "الرمز: 654321", null);

        assertThat(outbox.recent(null, 10)).extracting(DevMailOutbox.Mail::to)
                .containsExactly("amina@bawaba.example", "youssef@bawaba.example");
        assertThat(outbox.recent("YOUSSEF@bawaba.example", 10)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Votre code");
            assertThat(mail.text()).isEqualTo("Code : 123456");
            assertThat(mail.time()).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
        });
        assertThat(outbox.recent(null, 1)).hasSize(1);
    }

    @Test
    void aMailWithoutRecipientIsRefused() {
        assertThatThrownBy(() -> sender(new DevMailOutbox(temp), "2026-11-29T10:00:00Z").send(Map.of(), " ", "s", "t", null))
                .isInstanceOf(EmailException.class);
    }

    @Test
    void anUnwritableOutboxIsASendingFailure() throws Exception {
        Path file = temp.resolve("not-a-directory");
        java.nio.file.Files.writeString(file, "x");
        assertThatThrownBy(() -> sender(new DevMailOutbox(file), "2026-11-29T10:00:00Z")
                .send(Map.of(), "a@b.example", "s", "t", null)).isInstanceOf(EmailException.class);
    }

    @Test
    void existsOnlyWhenExplicitlyEnabled() {
        assertThat(ServiceLoader.load(EmailSenderProviderFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(DevMailOutboxSenderFactory.class);
        DevMailOutboxSenderFactory factory = new DevMailOutboxSenderFactory();
        assertThat(factory.isSupported(scope(Map.of()))).isFalse();
        assertThat(factory.isSupported(scope(Map.of("enabled", "false")))).isFalse();
        assertThat(factory.isSupported(scope(Map.of("enabled", "true")))).isTrue();
        assertThat(factory.order()).as("never chosen over Keycloak's SMTP sender without the provider option").isZero();
    }

    @Test
    void thePageShowsTheTextEscapedAndNeverTheHtml() {
        String page = DevMailOutboxPage.html(java.util.List.of(new DevMailOutbox.Mail("a@b.example",
                "<script>alert(1)</script>", "Code : 123456 & <b>", "<img src=x onerror=alert(1)>", Instant.EPOCH)));
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("Code : 123456 &amp; &lt;b&gt;")
                .doesNotContain("<script>").doesNotContain("onerror");
        assertThat(page).contains("DEVELOPMENT ONLY");
    }

    @Test
    void thePageAnswersOnlyWhenTheDevOutboxIsTheActiveSender() {
        assertThat(ServiceLoader.load(RealmResourceProviderFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(DevMailOutboxResourceFactory.class);
        DevMailOutbox outbox = new DevMailOutbox(temp);
        assertThat(DevMailOutboxResource.activeOutbox(session(() -> sender(outbox, "2026-11-29T10:00:00Z")))).contains(outbox);
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
        assertThat(DevMailOutboxResource.activeOutbox(session(() -> smtp))).isEmpty();
        assertThat(DevMailOutboxResource.activeOutbox(session(() -> {
            throw new RuntimeException("no provider");
        }))).isEmpty();
    }

    private static DevMailOutboxSender sender(DevMailOutbox outbox, String now) {
        return new DevMailOutboxSender(outbox, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    private static KeycloakSession session(Supplier<EmailSenderProvider> sender) {
        return (KeycloakSession) Proxy.newProxyInstance(KeycloakSession.class.getClassLoader(),
                new Class<?>[] {KeycloakSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProvider") && args.length == 1 && args[0] == EmailSenderProvider.class) {
                        return sender.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Config.Scope scope(Map<String, String> values) {
        return (Config.Scope) Proxy.newProxyInstance(Config.Scope.class.getClassLoader(), new Class<?>[] {Config.Scope.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBoolean" -> values.containsKey((String) args[0]) ? Boolean.valueOf(values.get((String) args[0]))
                            : args.length > 1 ? args[1] : null;
                    case "get" -> values.getOrDefault((String) args[0], args.length > 1 ? (String) args[1] : null);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
