package org.bawaba.portal.api;

/** The portal's roles, given by the front door in the portal's tokens. */
public final class Roles {

    /** Registers and maintains their own organisation's relying parties. */
    public static final String INTEGRATOR = "bawaba-integrator";
    /** Reviews requests for production, approves or refuses them. */
    public static final String OPERATOR = "bawaba-operator";

    private Roles() {
    }
}
