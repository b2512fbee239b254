package org.bawaba.otp.enrolment;

import org.bawaba.otp.channel.EmailCodeChannel;

public class EmailEnrolmentAuthenticatorFactory extends ContactEnrolmentAuthenticatorFactory {

    public static final String ID = "bawaba-enrol-email";

    public EmailEnrolmentAuthenticatorFactory() {
        super(EmailCodeChannel.INSTANCE);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: enrol a verified email address";
    }

    @Override
    public String getHelpText() {
        return "Asks for an email address twice, sends a code there, and stores the address as verified once the code is typed.";
    }
}
