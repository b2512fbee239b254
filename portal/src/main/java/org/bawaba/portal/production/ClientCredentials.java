package org.bawaba.portal.production;

/** A client's credentials at the front door or in the sandbox, shown once: the portal keeps no copy of the secret. */
public record ClientCredentials(String issuer, String clientId, String clientSecret) {
}
