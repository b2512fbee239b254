package org.bawaba.devoutbox.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.ServiceLoader;

import org.bawaba.devoutbox.DevOutbox;
import org.bawaba.devoutbox.Sessions;
import org.bawaba.spi.sms.SmsGatewayProvider;
import org.bawaba.spi.sms.SmsGatewayProviderFactory;
import org.bawaba.spi.sms.SmsMessage;
import org.bawaba.spi.sms.SmsOutcome;
import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.services.resource.RealmResourceProviderFactory;

class DevOutboxSmsGatewayProviderTest {

    @TempDir
    Path temp;

    @Test
    void isRegistered_existsOnlyWhenEnabled_andIsNeverTheDefault() {
        assertThat(ServiceLoader.load(SmsGatewayProviderFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(DevOutboxSmsGatewayProviderFactory.class);
        DevOutboxSmsGatewayProviderFactory factory = new DevOutboxSmsGatewayProviderFactory();
        assertThat(factory.getId()).isEqualTo("dev-outbox");
        assertThat(factory.isSupported(Scopes.of(Map.of()))).isFalse();
        assertThat(factory.isSupported(Scopes.of(Map.of("enabled", "true")))).isTrue();
        assertThat(factory.order()).as("below the http gateway's").isZero();
    }

    @Test
    void send_writesTheTextToTheOutbox() throws Exception {
        DevOutboxSmsGatewayProviderFactory factory = new DevOutboxSmsGatewayProviderFactory();
        factory.init(Scopes.of(Map.of("enabled", "true", "directory", temp.toString())));

        SmsOutcome outcome = factory.create(null).send(new SmsMessage("+212612345678", "Code : 123456", "ref-1"));

        assertThat(outcome).isInstanceOf(SmsOutcome.Sent.class);
        DevOutbox outbox = new DevOutbox(temp, DevOutbox.Channel.SMS);
        assertThat(outbox.recent(null, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(((SmsOutcome.Sent) outcome).messageId());
            assertThat(entry.to()).isEqualTo("+212612345678");
            assertThat(entry.text()).isEqualTo("Code : 123456");
            assertThat(entry.reference()).isEqualTo("ref-1");
            assertThat(entry.subject()).isNull();
        });
    }

    @Test
    void theOutboxPageAnswersOnlyWhenTheDevOutboxIsTheActiveGateway() {
        assertThat(ServiceLoader.load(RealmResourceProviderFactory.class).stream().map(ServiceLoader.Provider::type))
                .contains(DevSmsOutboxResourceProviderFactory.class);
        DevSmsOutboxResourceProviderFactory pages = new DevSmsOutboxResourceProviderFactory();
        assertThat(pages.getId()).isEqualTo("dev-sms-outbox");
        DevOutbox outbox = new DevOutbox(temp, DevOutbox.Channel.SMS);
        DevOutboxSmsGatewayProvider devOutbox = new DevOutboxSmsGatewayProvider(outbox,
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        SmsGatewayProvider operator = new SmsGatewayProvider() {
            @Override
            public SmsOutcome send(SmsMessage message) {
                return SmsOutcome.sent("operator-id");
            }

            @Override
            public void close() {
            }
        };

        assertThat(pages.activeOutbox(Sessions.withProvider(SmsGatewayProvider.class, devOutbox))).contains(outbox);
        assertThat(pages.activeOutbox(Sessions.withProvider(SmsGatewayProvider.class, operator))).isEmpty();
        assertThat(pages.activeOutbox(Sessions.withProvider(SmsGatewayProvider.class, null))).isEmpty();
    }
}
