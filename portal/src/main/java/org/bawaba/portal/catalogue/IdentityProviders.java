package org.bawaba.portal.catalogue;

import java.util.Set;

/** The front door's identity providers a relying party may allow (the aliases of realm {@code bawaba}). */
public final class IdentityProviders {

    public static final Set<String> ALIASES = Set.of("account", "eid");

    private IdentityProviders() {
    }
}
