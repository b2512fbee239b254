package org.bawaba.broker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bawaba.broker.e2e.support.SmsGatewayStub;
import org.bawaba.broker.e2e.support.registry.RegistryPeople;
import org.bawaba.broker.e2e.support.registry.RegistryStub;
import org.bawaba.broker.e2e.support.eid.EidTestPki;
import org.bawaba.broker.e2e.support.eid.FaceServiceStub;
import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The broker as it ships: Keycloak's distribution with Bawaba's jars in providers/. The realms are
 * imported at start-up from broker/target/.../data/import (see the failsafe configuration).
 */
public class BawabaServerConfig implements KeycloakServerConfig {

    /** Where the server under test also writes its log (one file per failsafe execution). */
    public static final String SERVER_LOG = System.getProperty("bawaba.e2e.serverLog",
            System.getProperty("java.io.tmpdir") + "/bawaba-e2e-server.log");

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        try {
            // Quarkus cannot start with a log file in a folder that does not exist.
            Files.createDirectories(Path.of(SERVER_LOG).toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.log().handlers(KeycloakServerConfigBuilder.LogHandlers.CONSOLE, KeycloakServerConfigBuilder.LogHandlers.FILE)
                // Production logs at INFO; tests also log Bawaba's debug lines and every realm's events (jboss-logging
                // writes successful events at DEBUG), so that "never logged" covers what an operator may turn on.
                .categoryLevel("org.bawaba", "DEBUG")
                .categoryLevel("org.keycloak.events", "DEBUG");
        return config
                .dependency("org.bawaba", "bawaba-themes")
                .dependency("org.bawaba", "bawaba-authenticator-support")
                .dependency("org.bawaba", "bawaba-password")
                .dependency("org.bawaba", "bawaba-spi-sms-gateway")
                .dependency("org.bawaba", "bawaba-sms-gateways")
                // Deployed as it ships, and off: tests check that its pages answer nothing without the enabling options.
                .dependency("org.bawaba", "bawaba-dev-outbox")
                .dependency("org.bawaba", "bawaba-otp")
                .dependency("org.bawaba", "bawaba-federation")
                .dependency("org.bawaba", "bawaba-language")
                .dependency("com.googlecode.libphonenumber", "libphonenumber")
                // Chip e-ID: the verifier and its libraries (Keycloak's own BouncyCastle), the trust store, face match.
                .dependency("org.bawaba", "bawaba-eid-verifier")
                .dependency("org.jmrtd", "jmrtd")
                .dependency("net.sf.scuba", "scuba-smartcards")
                .dependency("org.ejbca.cvc", "cert-cvc")
                .dependency("org.bawaba", "bawaba-spi-document-trust-store")
                .dependency("org.bawaba", "bawaba-document-trust-store")
                .dependency("org.bawaba", "bawaba-spi-face-match")
                .dependency("org.bawaba", "bawaba-face-match")
                .dependency("com.github.jai-imageio", "jai-imageio-core")
                .dependency("com.github.jai-imageio", "jai-imageio-jpeg2000")
                .dependency("org.bawaba", "bawaba-eid-sign-in")
                .dependency("org.bawaba", "bawaba-spi-identity-registry")
                .dependency("org.bawaba", "bawaba-knowledge-questions")
                .dependency("org.bawaba", "bawaba-enrolment")
                .dependency("org.bawaba", "bawaba-proof-of-life")
                .dependency("org.bawaba", "bawaba-person-space")
                .dependency("org.bawaba", "bawaba-identity-registry")
                .dependency("org.bawaba", "bawaba-sign-in-history")
                // Unusual sign-in alerts, "this was not me" and the operators' security cases.
                .dependency("org.bawaba", "bawaba-device-alert")
                .dependency("org.bawaba", "bawaba-sandbox")
                // The people of the reference registry are the tests' own (RegistryPeople); the http registry is a stub.
                // provider-default, not provider: with "provider" Keycloak loads that one alone, and a flow could not
                // ask the http registry by name.
                .option("spi-bawaba-identity-registry--provider-default", "reference")
                .spiOption("bawaba-identity-registry", "reference", "csv", RegistryPeople.csv().toString())
                .spiOption("bawaba-identity-registry", "reference", "hash-key", RegistryPeople.HASH_KEY)
                .spiOption("bawaba-identity-registry", "http", "base-url", "http://127.0.0.1:" + RegistryStub.PORT + RegistryStub.BASE_PATH)
                .spiOption("bawaba-identity-registry", "http", "token", RegistryStub.TOKEN)
                // The knowledge-questions captcha (ALTCHA) and the JSON library it needs.
                .dependency("org.altcha", "altcha")
                .dependency("org.json", "json")
                // The suite's own test CSCA (support/eid/EidTestPki), re-read within a second of a change.
                .spiOption("document-trust-store", "directory", "directory", EidTestPki.trustDirectory().toString())
                .spiOption("document-trust-store", "directory", "reload-interval-seconds", "1")
                // The face-verification service (CompreFace's API) is WireMock in tests (support/eid/FaceServiceStub).
                .option("spi-bawaba-face-match--provider", "http")
                .spiOption("bawaba-face-match", "http", "url", "http://127.0.0.1:" + FaceServiceStub.PORT)
                .spiOption("bawaba-face-match", "http", "api-key", FaceServiceStub.API_KEY)
                .spiOption("bawaba-face-match", "http", "timeout-millis", "3000")
                // Every test signs in from 127.0.0.1: the per-address limit is for real networks.
                .spiOption("realm-restapi-extension", "bawaba-eid", "max-presentations-per-address-per-hour", "100000")
                // The operator's SMS API is WireMock in tests (support/SmsGatewayStub).
                .option("spi-bawaba-sms-gateway--provider", "http")
                .spiOption("bawaba-sms-gateway", "http", "url", "http://127.0.0.1:" + SmsGatewayStub.PORT + SmsGatewayStub.PATH)
                .spiOption("bawaba-sms-gateway", "http", "auth", "bearer")
                .spiOption("bawaba-sms-gateway", "http", "token", SmsGatewayStub.TOKEN)
                .spiOption("bawaba-sms-gateway", "http", "timeout-ms", "1000")
                .spiOption("bawaba-sms-gateway", "http", "max-attempts", "2")
                .spiOption("bawaba-sms-gateway", "http", "deadline-ms", "4000")
                // Abandoned first sign-ins are cleaned up every 2 s instead of 10 min; tests move the clock past the max age.
                .spiOption("events-listener", "bawaba-unfinished-sign-in", "cleanup-interval-seconds", "2")
                // Sign-ins older than the retention period are removed every 2 s instead of every hour.
                .spiOption("events-listener", "bawaba-sign-in-history", "cleanup-interval-seconds", "2")
                // Also to a file, so that tests can read what the server logged.
                .option("log-file", SERVER_LOG)
                // Test-only: lets tests move Keycloak's clock (support/ServerClock).
                .dependency("org.keycloak.testframework", "keycloak-test-framework-remote-providers")
                // Templates and messages are read once in production; tests want the same.
                .spiOption("theme", "default", "cache-themes", "true");
    }
}
