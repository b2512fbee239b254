package org.bawaba.spi.sms;

import org.keycloak.provider.ProviderFactory;

public interface SmsGatewayProviderFactory extends ProviderFactory<SmsGatewayProvider> {
}
