package org.bawaba.eid.signin.reading;

import java.util.Locale;

/** Why a phone reads a chip: the app tells the person which (signing in, or creating an account). */
public enum ReadingPurpose {
    SIGN_IN,
    ENROLMENT;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
