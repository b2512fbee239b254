package org.bawaba.broker.e2e.support;

/** What realm-config/.../bawaba-realm.json ships for demos and tests (demo-only secrets). */
public final class DemoRealm {

    public static final String REALM = "bawaba";
    public static final String OC_CONNECT = "oc-connect";
    public static final String OC_CONNECT_SECRET = "demo-only-oc-connect-secret";
    public static final String OC_CONNECT_REDIRECT = "http://localhost:8090/oc/callback";

    public static final String CIMR_DIALCOM = "cimr-dialcom";
    public static final String CIMR_DIALCOM_REDIRECT = "ma.cimr.dialcom:/oauth2/callback";

    public static final String CNOPS_PORTAL = "cnops-portal";
    public static final String CNOPS_PORTAL_SECRET = "demo-only-cnops-portal-secret";
    public static final String CNOPS_PORTAL_REDIRECT = "http://localhost:8090/cnops/callback";

    private DemoRealm() {
    }

    public static String issuer(String brokerBaseUrl) {
        return brokerBaseUrl + "/realms/" + REALM;
    }
}
