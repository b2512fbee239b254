package org.bawaba.demo;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * Where the demo app listens and which broker it signs in with. Each setting is a system property, else an
 * environment variable, else a default that matches ./bawaba start.
 *
 * @param port        where the app listens (bawaba.demo.port / BAWABA_DEMO_PORT, 8090)
 * @param publicUrl   the app's own address as browsers see it, used in redirect URIs
 *                    (bawaba.demo.publicUrl / BAWABA_DEMO_PUBLIC_URL, http://localhost:{port})
 * @param issuer      the broker's front-door issuer (bawaba.demo.issuer / BAWABA_DEMO_ISSUER,
 *                    http://localhost:8080/realms/bawaba)
 * @param sites       the three relying parties, with their client secrets
 */
public record DemoSettings(int port, URI publicUrl, URI issuer, List<RelyingPartySite> sites) {

    public static final int DEFAULT_PORT = 8090;
    public static final String DEFAULT_ISSUER = "http://localhost:8080/realms/bawaba";

    /** Settings for a given port and broker, with the demo secrets unless the environment overrides them. */
    public static DemoSettings of(int port, String issuer) {
        return of(port, issuer, System::getenv);
    }

    public static DemoSettings fromEnvironment() {
        Function<String, String> env = System::getenv;
        int port = Integer.parseInt(setting("bawaba.demo.port", "BAWABA_DEMO_PORT", env, String.valueOf(DEFAULT_PORT)));
        String issuer = setting("bawaba.demo.issuer", "BAWABA_DEMO_ISSUER", env, DEFAULT_ISSUER);
        DemoSettings defaults = of(port, issuer, env);
        String publicUrl = setting("bawaba.demo.publicUrl", "BAWABA_DEMO_PUBLIC_URL", env, defaults.publicUrl().toString());
        return new DemoSettings(port, URI.create(stripSlash(publicUrl)), defaults.issuer(), defaults.sites());
    }

    static DemoSettings of(int port, String issuer, Function<String, String> env) {
        List<RelyingPartySite> sites = List.of(
                RelyingPartySite.confidential("oc", "oc-connect",
                        setting("bawaba.demo.ocConnectSecret", "BAWABA_OC_CONNECT_SECRET", env, "demo-only-oc-connect-secret")),
                RelyingPartySite.publicClient("cimr", "cimr-dialcom", "ma.cimr.dialcom:/oauth2/callback"),
                RelyingPartySite.confidential("cnops", "cnops-portal",
                        setting("bawaba.demo.cnopsPortalSecret", "BAWABA_CNOPS_PORTAL_SECRET", env, "demo-only-cnops-portal-secret")));
        return new DemoSettings(port, URI.create("http://localhost:" + port), URI.create(stripSlash(issuer)), sites);
    }

    private static String setting(String property, String variable, Function<String, String> env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = env.apply(variable);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
