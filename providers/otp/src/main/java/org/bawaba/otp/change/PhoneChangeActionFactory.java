package org.bawaba.otp.change;

import org.bawaba.otp.channel.SmsCodeChannel;
import org.keycloak.events.EventType;

public class PhoneChangeActionFactory extends ContactChangeActionFactory {

    public static final String ID = "bawaba-update-phone";

    public PhoneChangeActionFactory() {
        super(new ContactChange(ID, SmsCodeChannel.INSTANCE, EventType.CUSTOM_REQUIRED_ACTION, "previous_phone_number",
                "updated_phone_number", "bawabaPhoneChangedSubject"));
    }

    @Override
    public String getDisplayText() {
        return "Bawaba: change the mobile number (code by SMS to the new number)";
    }
}
