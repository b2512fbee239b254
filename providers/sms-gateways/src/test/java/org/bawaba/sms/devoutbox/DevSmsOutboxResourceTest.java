package org.bawaba.sms.devoutbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import jakarta.ws.rs.core.HttpHeaders;
import org.bawaba.sms.MapScope;
import org.bawaba.sms.http.HttpSmsGatewayProviderFactory;
import org.bawaba.spi.sms.SmsGatewayProvider;
import org.bawaba.spi.sms.SmsMessage;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProviderFactory;
import org.keycloak.util.JsonSerialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSmsOutboxResourceTest {

    @TempDir
    Path temp;

    @Test
    void isRegisteredAsARealmResource() {
        assertThat(ServiceLoader.load(RealmResourceProviderFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(DevSmsOutboxResourceProviderFactory.class);
        assertThat(new DevSmsOutboxResourceProviderFactory().getId()).isEqualTo("dev-sms-outbox");
    }

    @Test
    void showsTheOutbox_onlyWhenTheDevOutboxIsTheActiveGateway() {
        DevOutboxSmsGatewayProvider devOutbox = new DevOutboxSmsGatewayProvider(new DevOutbox(temp), Clock.systemUTC());
        assertThat(DevSmsOutboxResource.activeOutbox(session(() -> devOutbox, null)))
                .hasValueSatisfying(outbox -> assertThat(outbox.directory()).isEqualTo(temp));

        HttpSmsGatewayProviderFactory http = new HttpSmsGatewayProviderFactory();
        http.init(MapScope.of(Map.of("url", "https://sms.example/send")));
        assertThat(DevSmsOutboxResource.activeOutbox(session(() -> http.create(null), null))).isEmpty();
        assertThat(DevSmsOutboxResource.activeOutbox(session(() -> null, null))).isEmpty();
        assertThat(DevSmsOutboxResource.activeOutbox(session(() -> {
            throw new RuntimeException("no provider");
        }, null))).isEmpty();
    }

    @Test
    void answersJson_onlyWhenAskedFor() {
        assertThat(DevSmsOutboxResource.wantsJson(session(() -> null, "application/json"))).isTrue();
        assertThat(DevSmsOutboxResource.wantsJson(session(() -> null,
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))).isFalse();
        assertThat(DevSmsOutboxResource.wantsJson(session(() -> null, "*/*"))).isFalse();
        assertThat(DevSmsOutboxResource.wantsJson(session(() -> null, null))).isFalse();
    }

    @Test
    void htmlPage_escapesEveryValue_andCarriesTheDevelopmentOnlyBanner() throws Exception {
        DevOutbox outbox = new DevOutbox(temp);
        outbox.write(new SmsMessage("+212612345678", "<script>alert('x')</script> & رمزك 123456", "r\"1"),
                Instant.parse("2026-05-01T10:00:00Z"));

        String html = DevOutboxPage.html(outbox.recent(null, 10));

        assertThat(html).contains("DEVELOPMENT ONLY", "DÉVELOPPEMENT UNIQUEMENT", "للتطوير فقط")
                .contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; رمزك 123456")
                .contains("r&quot;1", "+212612345678", "2026-05-01T10:00:00Z")
                .doesNotContain("<script>");
        assertThat(DevOutboxPage.html(List.of())).contains("No message yet");
    }

    @Test
    void json_listsTheMessagesNewestFirst() throws Exception {
        DevOutbox outbox = new DevOutbox(temp);
        Instant t0 = Instant.parse("2026-05-01T10:00:00Z");
        new DevOutboxSmsGatewayProvider(outbox, Clock.fixed(t0, ZoneOffset.UTC))
                .send(new SmsMessage("+212612345678", "first 111111", "r-1"));
        new DevOutboxSmsGatewayProvider(outbox, Clock.fixed(t0.plusSeconds(1), ZoneOffset.UTC))
                .send(new SmsMessage("+212612345678", "second 222222", "r-2"));

        var json = JsonSerialization.mapper.readTree(DevOutboxPage.json(outbox.recent(null, 10)));

        assertThat(json.path("developmentOnly").asBoolean()).isTrue();
        assertThat(json.path("messages")).hasSize(2);
        assertThat(json.path("messages").get(0).path("text").asText()).isEqualTo("second 222222");
        assertThat(json.path("messages").get(0).path("time").asText()).isEqualTo("2026-05-01T10:00:01Z");
        assertThat(json.path("messages").get(1).path("reference").asText()).isEqualTo("r-1");
        assertThat(json.path("messages").get(1).path("to").asText()).isEqualTo("+212612345678");
    }

    /** Just enough of a Keycloak session: the active SMS gateway and the request's Accept header. */
    private static KeycloakSession session(Supplier<SmsGatewayProvider> gateway, String accept) {
        HttpHeaders headers = proxy(HttpHeaders.class, (method, args) ->
                method.equals("getHeaderString") && HttpHeaders.ACCEPT.equals(args[0]) ? accept : null);
        HttpRequest request = proxy(HttpRequest.class,
                (method, args) -> method.equals("getHttpHeaders") ? headers : null);
        KeycloakContext context = proxy(KeycloakContext.class,
                (method, args) -> method.equals("getHttpRequest") ? request : null);
        return proxy(KeycloakSession.class, (method, args) -> switch (method) {
            case "getProvider" -> args.length == 1 && args[0] == SmsGatewayProvider.class ? gateway.get() : null;
            case "getContext" -> context;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args == null ? new Object[0] : args)));
    }
}
