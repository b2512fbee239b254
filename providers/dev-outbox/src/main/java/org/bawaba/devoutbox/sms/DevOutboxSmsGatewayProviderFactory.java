package org.bawaba.devoutbox.sms;

import java.time.Clock;

import org.bawaba.devoutbox.DevOutbox;
import org.bawaba.devoutbox.DevOutboxProviderFactory;
import org.bawaba.spi.sms.SmsGatewayProvider;
import org.bawaba.spi.sms.SmsGatewayProviderFactory;
import org.keycloak.models.KeycloakSession;

/**
 * DEVELOPMENT ONLY: texts are written to disk, never sent. Exists only when the server is started (or built)
 * with {@code --spi-bawaba-sms-gateway--dev-outbox--enabled=true}, and is used when also selected with
 * {@code --spi-bawaba-sms-gateway--provider=dev-outbox}.
 */
public final class DevOutboxSmsGatewayProviderFactory extends DevOutboxProviderFactory implements SmsGatewayProviderFactory {

    public DevOutboxSmsGatewayProviderFactory() {
        super(DevOutbox.Channel.SMS, "bawaba-sms-gateway", DevSmsOutboxResourceProviderFactory.ID);
    }

    @Override
    public SmsGatewayProvider create(KeycloakSession session) {
        return new DevOutboxSmsGatewayProvider(outbox(), Clock.systemUTC());
    }

    /** Below the http gateway's: this one is never picked without {@code --spi-bawaba-sms-gateway--provider}. */
    @Override
    public int order() {
        return 0;
    }
}
