package org.bawaba.federation.blocking;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The email that confirms a change of blocked providers to the account's address, in the account's language: which
 * providers are now blocked and which allowed, whether providers added later are blocked, when, and whom to contact
 * when the person did not make the change. An account without an address gets none; the change stands.
 */
final class BlockingNotice {

    static final String TEMPLATE = "bawaba-blocked-providers.ftl";
    static final String SUBJECT = "bawabaBlockingMailSubject";

    /** The same in every language: ISO date, 24-hour time written 18h50 (a colon would split the left-to-right run in Arabic text), UTC. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH'h'mm 'UTC'").withZone(ZoneOffset.UTC);

    private static final Logger LOG = Logger.getLogger(BlockingNotice.class);

    private BlockingNotice() {
    }

    static void send(KeycloakSession session, RealmModel realm, UserModel user, BlockingChoice choice, Set<String> realmProviders) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            LOG.debugf("Account %s of realm %s has no email address: blocked providers changed without a confirmation",
                    user.getId(), realm.getName());
            return;
        }
        Map<String, String> names = new HashMap<>();
        session.identityProviders().getAllStream().forEach(idp -> names.put(idp.getAlias(), displayName(idp)));
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(user)
                    .send(SUBJECT, List.of(), TEMPLATE, attributes(choice, realmProviders, names,
                            Instant.ofEpochMilli(Time.currentTimeMillis())));
        } catch (EmailException e) {
            // The change is stored; the cause may quote the address, keep only its class.
            LOG.warnf("Confirmation of blocked providers not sent to account %s of realm %s (%s)", user.getId(),
                    realm.getName(), e.getClass().getSimpleName());
        }
    }

    /**
     * What the templates show: {@code blocked} and {@code allowed}, the realm's provider aliases in each state,
     * {@code providerNames} (alias to the provider's own name, when the theme has none), {@code blocksNewProviders},
     * and {@code changedAt}, the time of the change.
     */
    static Map<String, Object> attributes(BlockingChoice choice, Set<String> realmProviders, Map<String, String> providerNames,
                                          Instant when) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("blocked", realmProviders.stream().sorted().filter(choice::isBlocked).toList());
        attributes.put("allowed", realmProviders.stream().sorted().filter(alias -> !choice.isBlocked(alias)).toList());
        attributes.put("providerNames", Map.copyOf(providerNames));
        attributes.put("blocksNewProviders", choice.blocksNew());
        attributes.put("changedAt", WHEN.format(when));
        return attributes;
    }

    private static String displayName(IdentityProviderModel idp) {
        return idp.getDisplayName() == null || idp.getDisplayName().isBlank() ? idp.getAlias() : idp.getDisplayName();
    }
}
