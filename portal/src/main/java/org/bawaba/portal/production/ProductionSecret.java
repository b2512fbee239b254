package org.bawaba.portal.production;

/** A production client's credentials, shown once: the portal keeps no copy of the secret. */
public record ProductionSecret(String issuer, String clientId, String clientSecret) {
}
