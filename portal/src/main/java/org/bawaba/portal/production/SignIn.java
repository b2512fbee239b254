package org.bawaba.portal.production;

import java.time.Instant;

/** One sign-in through a sandbox client, as an operator reviewing the application sees it (fictitious people only). */
public record SignIn(Instant at, String username) {
}
