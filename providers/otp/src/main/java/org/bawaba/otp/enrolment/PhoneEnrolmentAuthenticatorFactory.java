package org.bawaba.otp.enrolment;

import org.bawaba.otp.channel.SmsCodeChannel;

public class PhoneEnrolmentAuthenticatorFactory extends ContactEnrolmentAuthenticatorFactory {

    public static final String ID = "bawaba-enrol-phone";

    public PhoneEnrolmentAuthenticatorFactory() {
        super(SmsCodeChannel.INSTANCE);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: enrol a verified mobile number";
    }

    @Override
    public String getHelpText() {
        return "Asks for a mobile number twice, normalises it to E.164, sends a code by SMS, and stores it as "
                + "phone_number with phone_number_verified=true once the code is typed.";
    }
}
