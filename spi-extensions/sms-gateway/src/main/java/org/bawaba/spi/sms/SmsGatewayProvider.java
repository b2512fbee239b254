package org.bawaba.spi.sms;

import org.keycloak.provider.Provider;

/** A gateway that delivers a text message to a mobile number. */
public interface SmsGatewayProvider extends Provider {

    /**
     * Hands the message to the gateway. Never throws for a delivery problem: the outcome says whether
     * the gateway accepted the message, and if not, why.
     */
    SmsOutcome send(SmsMessage message);
}
