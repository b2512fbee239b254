package org.bawaba.otp.change;

import org.bawaba.otp.channel.CodeChannel;
import org.keycloak.events.EventType;

/**
 * What differs between changing an email address and changing a mobile number: the channel the code goes through,
 * the event that records the change (with masked values only), and the subject of the notice to the old address.
 */
record ContactChange(String actionId, CodeChannel channel, EventType eventType, String previousDetail,
                     String updatedDetail, String noticeSubject) {
}
