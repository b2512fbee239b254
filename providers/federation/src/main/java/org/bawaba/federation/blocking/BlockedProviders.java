package org.bawaba.federation.blocking;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The identity providers an account refuses to be signed in with, as the person chose them: some by name, and, if
 * they wish, every provider an administrator adds after their choice. Kept in the account's attributes, which the
 * person cannot edit themselves (the realm's user profile gives them to administrators only); changed only through
 * {@link #choose}, which the person's own page calls and which confirms each change by email.
 */
public final class BlockedProviders {

    /** User attribute: the aliases blocked by name, one value each. */
    public static final String BLOCKED = "bawaba_blocked_idps";
    /** User attribute: {@code true} when providers added after the choice are blocked too. */
    public static final String BLOCKS_NEW = "bawaba_block_new_idps";
    /** User attribute: the aliases of the realm's providers when the person last chose, one value each. */
    public static final String EXISTING_AT_CHOICE = "bawaba_idps_at_choice";

    private static final Logger LOG = Logger.getLogger(BlockedProviders.class);

    private final BlockingChoice choice;
    private final Set<String> realmProviders;

    private BlockedProviders(BlockingChoice choice, Set<String> realmProviders) {
        this.choice = choice;
        this.realmProviders = realmProviders;
    }

    /** The providers this account refuses (aliases), including, when blocksNewProviders, every provider that did not exist when the person last chose. */
    public static BlockedProviders of(KeycloakSession session, RealmModel realm, UserModel user) {
        return new BlockedProviders(stored(user), realmProviders(session));
    }

    public boolean isBlocked(String alias) {
        return choice.isBlocked(alias);
    }

    public boolean blocksNewProviders() {
        return choice.blocksNew();
    }

    public Set<String> blockedAliases() {
        return choice.blockedAmong(realmProviders);
    }

    /** Stores the person's choice and sends the confirmation email; no email when nothing changed. */
    public static void choose(KeycloakSession session, RealmModel realm, UserModel user, Set<String> blocked, boolean blockNewProviders) {
        Set<String> providers = realmProviders(session);
        Set<String> unknown = blocked.stream().filter(alias -> !providers.contains(alias)).collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            throw new Refused(Refused.UNKNOWN_PROVIDER, "no such identity provider: " + unknown);
        }
        BlockingChoice.checkSomeWayInRemains(blocked, waysIn(session, realm, user));
        BlockingChoice before = stored(user);
        BlockingChoice after = new BlockingChoice(blocked, blockNewProviders, providers);
        if (after.sameAs(before, providers)) {
            return;
        }
        user.setAttribute(BLOCKED, List.copyOf(after.blocked()));
        user.setSingleAttribute(BLOCKS_NEW, String.valueOf(blockNewProviders));
        user.setAttribute(EXISTING_AT_CHOICE, List.copyOf(after.existingAtChoice()));
        LOG.debugf("Account %s of realm %s now blocks %d identity provider(s), later ones %s", user.getId(), realm.getName(),
                after.blocked().size(), blockNewProviders ? "too" : "not");
        BlockingNotice.send(session, realm, user, after, providers);
    }

    private static BlockingChoice stored(UserModel user) {
        Set<String> blocked = user.getAttributeStream(BLOCKED).filter(alias -> !alias.isBlank()).collect(Collectors.toSet());
        boolean blocksNew = Boolean.parseBoolean(user.getFirstAttribute(BLOCKS_NEW));
        Set<String> existing = user.getAttributeStream(EXISTING_AT_CHOICE).filter(alias -> !alias.isBlank()).collect(Collectors.toSet());
        return blocked.isEmpty() && !blocksNew ? BlockingChoice.NONE : new BlockingChoice(blocked, blocksNew, existing);
    }

    static Set<String> realmProviders(KeycloakSession session) {
        return session.identityProviders().getAllStream().map(IdentityProviderModel::getAlias)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The enabled providers this account signs in with: those linked to it, or, for an account linked to none yet
     * (made by an administrator), every enabled provider, any of which may link it at a first sign-in.
     */
    private static Set<String> waysIn(KeycloakSession session, RealmModel realm, UserModel user) {
        Set<String> enabled = session.identityProviders().getAllStream().filter(IdentityProviderModel::isEnabled)
                .map(IdentityProviderModel::getAlias).collect(Collectors.toCollection(TreeSet::new));
        Set<String> linked = session.users().getFederatedIdentitiesStream(realm, user)
                .map(link -> link.getIdentityProvider()).filter(enabled::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        return linked.isEmpty() ? enabled : linked;
    }

    /** A choice that is not stored; {@link #messageKey()} says why to the person, in the theme's messages. */
    public static final class Refused extends RuntimeException {

        /** Every provider the account signs in with would be blocked: the person could no longer come back to unblock. */
        public static final String LAST_WAY_IN = "bawabaBlockingLastWayIn";
        /** A provider that does not exist (any more). */
        public static final String UNKNOWN_PROVIDER = "bawabaBlockingUnknownProvider";

        private final String messageKey;

        Refused(String messageKey, String why) {
            super(why);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
