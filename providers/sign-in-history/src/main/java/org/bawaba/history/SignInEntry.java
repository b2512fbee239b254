package org.bawaba.history;

import java.time.Instant;
import java.util.List;

/**
 * One sign-in of a person at the front door, as the history keeps it.
 *
 * @param id               the row's identifier
 * @param time             when the relying party was sent back the sign-in
 * @param clientId         the service (the relying party's client_id)
 * @param identityProvider the alias of the identity provider the person proved who they are at (for a sign-in reusing
 *                         the session, the provider of that session); null when none
 * @param level            the level of assurance as the relying party's {@code acr} claim named it; null when it got none
 * @param claims           the names of the claims the relying party could receive (never their values), sorted
 */
public record SignInEntry(String id, Instant time, String clientId, String identityProvider, String level,
                          List<String> claims) {

    public SignInEntry {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
