package org.bawaba.spi.sms;

/** Why a gateway did not take a message. */
public enum SmsFailure {
    /** The gateway says the number cannot receive texts. Asking again will not help. */
    INVALID_NUMBER,
    /** The gateway refused the request (credentials, policy, content, quota). Asking again will not help. */
    REFUSED,
    /** The gateway did not answer, timed out or failed on its side. Asking again later may help. */
    UNAVAILABLE;

    public boolean isTransient() {
        return this == UNAVAILABLE;
    }
}
