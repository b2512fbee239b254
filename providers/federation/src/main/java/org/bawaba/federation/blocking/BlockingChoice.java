package org.bawaba.federation.blocking;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a person chose about the identity providers of their account, as stored: the providers they block by name,
 * whether they also block every provider added after the choice, and which providers existed when they chose (what
 * "added later" is measured against). Plain values, no Keycloak: the rules live here.
 */
record BlockingChoice(Set<String> blocked, boolean blocksNew, Set<String> existingAtChoice) {

    static final BlockingChoice NONE = new BlockingChoice(Set.of(), false, Set.of());

    BlockingChoice {
        blocked = Collections.unmodifiableSet(new TreeSet<>(blocked));
        existingAtChoice = Collections.unmodifiableSet(new TreeSet<>(existingAtChoice));
    }

    /**
     * Whether a sign-in through {@code alias} is refused: blocked by name, or added after the choice while the person
     * blocks those. Without a record of the providers at the time (never chosen through {@link BlockedProviders#choose}),
     * nothing counts as added later.
     */
    boolean isBlocked(String alias) {
        if (blocked.contains(alias)) {
            return true;
        }
        return blocksNew && !existingAtChoice.isEmpty() && !existingAtChoice.contains(alias);
    }

    /** The providers refused among those of the realm, and those blocked by name that no longer exist. */
    Set<String> blockedAmong(Collection<String> realmProviders) {
        Set<String> refused = new TreeSet<>(blocked);
        realmProviders.stream().filter(this::isBlocked).forEach(refused::add);
        return Collections.unmodifiableSet(refused);
    }

    /**
     * Refuses a choice that would leave the person no way in: at least one of {@code usable} (the providers they can
     * sign in to this account with) must stay allowed, or they could no longer reach the page that unblocks.
     *
     * @throws BlockedProviders.Refused when every usable provider would be blocked
     */
    static void checkSomeWayInRemains(Set<String> blocked, Collection<String> usable) {
        if (!usable.isEmpty() && blocked.containsAll(usable)) {
            throw new BlockedProviders.Refused(BlockedProviders.Refused.LAST_WAY_IN, "every provider this account can sign in with would be blocked");
        }
    }

    /** Whether this choice refuses the same providers of the realm as {@code before}, and treats later ones the same. */
    boolean sameAs(BlockingChoice before, Collection<String> realmProviders) {
        return blocksNew == before.blocksNew
                && realmProviders.stream().allMatch(alias -> isBlocked(alias) == before.isBlocked(alias));
    }
}
