package org.bawaba.history;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jboss.logging.Logger;
import org.keycloak.authentication.authenticators.util.LoAUtil;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.protocol.ProtocolMapper;
import org.keycloak.protocol.oidc.mappers.AcrProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.utils.AcrUtils;
import org.keycloak.representations.IDToken;
import org.keycloak.services.util.DefaultClientSessionContext;

/**
 * Keeps each successful sign-in ({@code LOGIN}) of a realm that lists this listener: the service, the identity
 * provider (the event's, or for a sign-in reusing the session, the session's), the level the relying party's
 * {@code acr} claim names, and the names of the claims its client scopes let it receive. The row is written in a
 * transaction of its own once the sign-in's has committed, so that recording can never fail a sign-in; a failure is
 * logged without anything about the person.
 */
public class SignInHistoryListener implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(SignInHistoryListener.class);

    private final KeycloakSession session;

    SignInHistoryListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.LOGIN || event.getError() != null || event.getUserId() == null
                || event.getRealmId() == null) {
            return;
        }
        try {
            RealmModel realm = session.realms().getRealm(event.getRealmId());
            SignInEntry entry = read(realm, event);
            session.getTransactionManager().enlistAfterCompletion(new RecordAfterCommit(session, event.getRealmId(),
                    event.getUserId(), entry));
        } catch (RuntimeException e) {
            LOG.warnf("Sign-in history: a sign-in of realm %s to %s was not recorded (%s)", event.getRealmId(),
                    event.getClientId(), e.getClass().getName());
        }
    }

    private SignInEntry read(RealmModel realm, Event event) {
        String provider = detail(event, Details.IDENTITY_PROVIDER);
        UserSessionModel userSession = event.getSessionId() == null ? null
                : session.sessions().getUserSession(realm, event.getSessionId());
        ClientModel client = event.getClientId() == null ? null : realm.getClientByClientId(event.getClientId());
        if (provider == null && userSession != null) {
            provider = userSession.getNote(Details.IDENTITY_PROVIDER);
        }
        AuthenticatedClientSessionModel clientSession = userSession == null || client == null ? null
                : userSession.getAuthenticatedClientSessionByClient(client.getId());
        String level = null;
        List<String> claims = List.of("sub");
        if (clientSession != null) {
            ClientSessionContext context = contextOf(clientSession);
            List<ProtocolMapperModel> mappers = context.getProtocolMappersStream().toList();
            claims = SharedClaimNames.of(mappers);
            level = levelNamed(mappers, userSession, context, client);
        }
        return new SignInEntry(null, Instant.ofEpochMilli(event.getTime()), event.getClientId(), provider, level, claims);
    }

    /**
     * The context Keycloak built for this sign-in (it keeps it in the session), or one built the same way from the
     * client session's scope parameter, without replacing Keycloak's.
     */
    private ClientSessionContext contextOf(AuthenticatedClientSessionModel clientSession) {
        String key = ClientSessionContext.class.getName();
        ClientSessionContext current = session.getAttribute(key, ClientSessionContext.class);
        if (current != null && current.getClientSession() != null
                && Objects.equals(current.getClientSession().getId(), clientSession.getId())) {
            return current;
        }
        try {
            return DefaultClientSessionContext.fromClientSessionScopeParameter(clientSession, session);
        } finally {
            if (current != null) {
                session.setAttribute(key, current);
            } else {
                session.removeAttribute(key);
            }
        }
    }

    /**
     * What the relying party's {@code acr} claim holds: the acr mapper in effect (Keycloak's or Bawaba's named-levels
     * one) run on an empty token; without such a mapper, the relying party's name of the level credited, if any.
     */
    private String levelNamed(List<ProtocolMapperModel> mappers, UserSessionModel userSession,
                              ClientSessionContext context, ClientModel client) {
        for (ProtocolMapperModel model : mappers) {
            if (session.getKeycloakSessionFactory().getProviderFactory(ProtocolMapper.class, model.getProtocolMapper())
                    instanceof AcrProtocolMapper mapper) {
                ProtocolMapperModel inIdToken = new ProtocolMapperModel();
                inIdToken.setProtocolMapper(model.getProtocolMapper());
                inIdToken.setName(model.getName());
                Map<String, String> config = new HashMap<>(model.getConfig() == null ? Map.of() : model.getConfig());
                config.put(OIDCAttributeMapperHelper.INCLUDE_IN_ID_TOKEN, "true");
                inIdToken.setConfig(config);
                return mapper.transformIDToken(new IDToken(), inIdToken, session, userSession, context).getAcr();
            }
        }
        int credited = LoAUtil.getCurrentLevelOfAuthentication(context.getClientSession());
        return AcrUtils.getAcrLoaMap(client).entrySet().stream()
                .filter(level -> level.getValue() == credited)
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElse(null);
    }

    private static String detail(Event event, String name) {
        return event.getDetails() == null ? null : event.getDetails().get(name);
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }

    /** Writes the row in a transaction of its own, only once the sign-in's transaction has committed. */
    private static final class RecordAfterCommit extends AbstractKeycloakTransaction {

        private final KeycloakSession session;
        private final String realmId;
        private final String userId;
        private final SignInEntry entry;

        RecordAfterCommit(KeycloakSession session, String realmId, String userId, SignInEntry entry) {
            this.session = session;
            this.realmId = realmId;
            this.userId = userId;
            this.entry = entry;
        }

        @Override
        protected void commitImpl() {
            try {
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(),
                        writer -> new SignInHistoryStore(writer).record(realmId, userId, entry));
            } catch (RuntimeException e) {
                LOG.warnf("Sign-in history: a sign-in of realm %s to %s was not recorded (%s)", realmId,
                        entry.clientId(), e.getClass().getName());
            }
        }

        @Override
        protected void rollbackImpl() {
        }
    }
}
