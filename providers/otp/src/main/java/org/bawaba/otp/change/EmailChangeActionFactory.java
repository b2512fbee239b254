package org.bawaba.otp.change;

import org.bawaba.otp.channel.EmailCodeChannel;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;

public class EmailChangeActionFactory extends ContactChangeActionFactory {

    public static final String ID = "bawaba-update-email";

    public EmailChangeActionFactory() {
        super(new ContactChange(ID, EmailCodeChannel.INSTANCE, EventType.UPDATE_EMAIL, Details.PREVIOUS_EMAIL,
                Details.UPDATED_EMAIL, "bawabaEmailChangedSubject"));
    }

    @Override
    public String getDisplayText() {
        return "Bawaba: change the email address (code to the new address)";
    }
}
