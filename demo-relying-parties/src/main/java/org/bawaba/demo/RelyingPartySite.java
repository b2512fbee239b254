package org.bawaba.demo;

import java.util.List;

/**
 * One demo e-service: its path on the demo app (/oc/, /cimr/, /cnops/) and its client at the broker.
 * A null secret means a public client that proves itself with PKCE only. {@code otherRedirectUris} are the
 * client's redirect URIs outside this app (a mobile app's), listed in its sector identifier document.
 */
public record RelyingPartySite(String path, String clientId, String clientSecret, List<String> otherRedirectUris) {

    public RelyingPartySite {
        otherRedirectUris = List.copyOf(otherRedirectUris);
    }

    public static RelyingPartySite confidential(String path, String clientId, String clientSecret) {
        return new RelyingPartySite(path, clientId, clientSecret, List.of());
    }

    public static RelyingPartySite publicClient(String path, String clientId, String... appRedirectUris) {
        return new RelyingPartySite(path, clientId, null, List.of(appRedirectUris));
    }

    public boolean isPublicClient() {
        return clientSecret == null;
    }

    @Override
    public String toString() {
        return "RelyingPartySite[" + path + ", " + clientId + (isPublicClient() ? ", public" : ", confidential") + "]";
    }
}
