package org.bawaba.otp.signin;

import org.bawaba.otp.channel.SmsCodeChannel;

public class SmsCodeAuthenticatorFactory extends CodeSignInAuthenticatorFactory {

    public static final String ID = "bawaba-sms-code";

    public SmsCodeAuthenticatorFactory() {
        super(SmsCodeChannel.INSTANCE);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: code by SMS";
    }

    @Override
    public String getHelpText() {
        return "Sends a one-time code by SMS to the account's verified mobile number and asks for it.";
    }
}
