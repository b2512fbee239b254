package org.bawaba.portal.application;

/** Where an application stands: tried in the sandbox, asked for production, then approved or refused. */
public enum ApplicationStatus {
    /** Being prepared and tried in the sandbox; the integrator may change it. */
    SANDBOX,
    /** Production asked for; waiting for an operator. Nobody may change it meanwhile. */
    SUBMITTED,
    /** Production granted. */
    APPROVED,
    /** Production refused with a comment; the integrator may change it and ask again. */
    REFUSED;

    public boolean editable() {
        return this == SANDBOX || this == REFUSED;
    }
}
