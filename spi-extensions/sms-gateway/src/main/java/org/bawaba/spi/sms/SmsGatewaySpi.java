package org.bawaba.spi.sms;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * Sends text messages. Configure with {@code --spi-bawaba-sms-gateway--provider=<id>} and the
 * provider's own {@code --spi-bawaba-sms-gateway--<id>--<option>} options.
 */
public class SmsGatewaySpi implements Spi {

    public static final String NAME = "bawaba-sms-gateway";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return SmsGatewayProvider.class;
    }

    @Override
    public Class<? extends ProviderFactory<?>> getProviderFactoryClass() {
        return SmsGatewayProviderFactory.class;
    }
}
