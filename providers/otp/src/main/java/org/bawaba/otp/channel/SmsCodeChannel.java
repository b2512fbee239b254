package org.bawaba.otp.channel;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.bawaba.authenticator.Masking;
import org.bawaba.otp.code.CodePolicy;
import org.bawaba.otp.phone.PhoneNumbers;
import org.bawaba.spi.sms.SmsGatewayProvider;
import org.bawaba.spi.sms.SmsMessage;
import org.bawaba.spi.sms.SmsOutcome;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/** Codes by SMS, through the deployment's {@link SmsGatewayProvider}; the text is in the person's language. */
public final class SmsCodeChannel implements CodeChannel {

    public static final SmsCodeChannel INSTANCE = new SmsCodeChannel();

    public static final String PHONE_NUMBER = "phone_number";
    public static final String PHONE_NUMBER_VERIFIED = "phone_number_verified";
    static final String TEXT_MESSAGE_KEY = "bawabaCodeSms";

    private static final Logger LOG = Logger.getLogger(SmsCodeChannel.class);

    private SmsCodeChannel() {
    }

    @Override
    public String id() {
        return "sms";
    }

    @Override
    public Optional<String> normalize(String typed, CodePolicy policy) {
        return PhoneNumbers.toE164(typed, policy.defaultRegion());
    }

    @Override
    public String masked(String recipient) {
        return Masking.phoneNumber(recipient);
    }

    @Override
    public String currentRecipient(UserModel user) {
        return user.getFirstAttribute(PHONE_NUMBER);
    }

    @Override
    public String verifiedRecipient(UserModel user) {
        String number = user.getFirstAttribute(PHONE_NUMBER);
        return number != null && "true".equals(user.getFirstAttribute(PHONE_NUMBER_VERIFIED)) ? number : null;
    }

    @Override
    public void storeVerified(UserModel user, String recipient) {
        user.setSingleAttribute(PHONE_NUMBER, recipient);
        user.setSingleAttribute(PHONE_NUMBER_VERIFIED, "true");
    }

    @Override
    public boolean heldByAnotherAccount(KeycloakSession session, RealmModel realm, UserModel user, String recipient) {
        // Several accounts may share a family phone: numbers are not unique identifiers.
        return false;
    }

    @Override
    public Delivery deliver(KeycloakSession session, RealmModel realm, UserModel user, String recipient, String code,
                            CodePolicy policy) {
        SmsGatewayProvider gateway = session.getProvider(SmsGatewayProvider.class);
        if (gateway == null) {
            LOG.errorf("No SMS gateway is configured; realm %s cannot send codes by SMS", realm.getName());
            return Delivery.failed("sms_gateway_missing");
        }
        String text;
        try {
            text = text(session, user, code, policy);
        } catch (IOException e) {
            return Delivery.failed("sms_text_missing");
        }
        SmsMessage message = new SmsMessage(recipient, text, UUID.randomUUID().toString());
        SmsOutcome outcome = gateway.send(message);
        if (outcome instanceof SmsOutcome.Failed failed) {
            LOG.infof("SMS code to %s not sent: %s", message.maskedRecipient(), failed.failure());
            return Delivery.failed("sms_" + failed.failure().name().toLowerCase(Locale.ROOT));
        }
        return Delivery.ok();
    }

    private static String text(KeycloakSession session, UserModel user, String code, CodePolicy policy) throws IOException {
        Locale locale = session.getContext().resolveLocale(user);
        Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getMessages(locale);
        String pattern = messages.getProperty(TEXT_MESSAGE_KEY, "Bawaba: {0} ({1} min)");
        int minutes = Math.max(1, policy.validitySeconds() / 60);
        // {1}: the minutes in digits 0-9 (a Number would take the locale's digits); {2}: the same for plural choice.
        return new MessageFormat(pattern, locale).format(new Object[] {code, String.valueOf(minutes), minutes});
    }
}
