package org.bawaba.otp.signin;

import org.bawaba.otp.channel.EmailCodeChannel;

public class EmailCodeAuthenticatorFactory extends CodeSignInAuthenticatorFactory {

    public static final String ID = "bawaba-email-code";

    public EmailCodeAuthenticatorFactory() {
        super(EmailCodeChannel.INSTANCE);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: code by email";
    }

    @Override
    public String getHelpText() {
        return "Sends a one-time code to the account's verified email address and asks for it.";
    }
}
