package org.bawaba.space;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.bawaba.history.SignInHistoryListenerFactory;
import org.bawaba.history.SignInHistoryStore;
import org.bawaba.federation.blocking.BlockedProviders;
import org.keycloak.device.DeviceActivityManager;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.locale.LocaleUpdaterProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.account.DeviceRepresentation;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.keycloak.services.managers.UserConsentManager;

/** Renders the space's pages with the realm's login theme, in the person's language. */
final class SpaceView {

    /** The pivot identity as the space shows it, in this order; only its source changes it (never shown: national_id). */
    static final List<String> IDENTITY = List.of("lastName", "firstName", "family_name_ar", "given_name_ar", "usage_name",
            "birthdate", "gender", "birthplace", "birthcountry");
    static final List<String> CONTACTS = List.of("email", "phone_number");

    private final KeycloakSession session;
    private final RealmModel realm;
    private final SpaceSettings settings;
    private final SpaceSignIn signIn;

    SpaceView(KeycloakSession session, SpaceSettings settings, SpaceSignIn signIn) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.settings = settings;
        this.signIn = signIn;
    }

    /** A language chosen on a page of the space is the person's choice from then on, as in Keycloak's own pages. */
    void rememberLanguage(UserModel user, String requested) {
        if (requested == null || realm.getSupportedLocalesStream().noneMatch(requested::equals)) {
            return;
        }
        LocaleUpdaterProvider updater = session.getProvider(LocaleUpdaterProvider.class);
        updater.updateUsersLocale(user, requested);
        updater.updateLocaleCookie(requested);
    }

    Response page(SpacePage page, AuthResult person, String done) {
        UserModel user = person.user();
        Locale locale = session.getContext().resolveLocale(user);
        LoginFormsProvider form = session.getProvider(LoginFormsProvider.class).setUser(user)
                .setAttribute("bawabaSpacePage", page.key())
                .setAttribute("bawabaSpaceNav", navigation(page))
                .setAttribute("bawabaSpaceToken", SpaceForms.token(person.session()))
                .setAttribute("bawabaSpaceSignOutUrl", signIn.signOut().toString())
                .setAttribute("bawabaSpaceUrl", signIn.spaceUri().build().toString())
                .setAttribute("bawabaSpaceDone", done == null ? "" : done.replaceAll("[^a-z-]", ""));
        switch (page) {
            case IDENTITY -> form.setAttribute("bawabaSpaceIdentity", attributes(user, IDENTITY))
                    .setAttribute("bawabaSpaceContacts", attributes(user, CONTACTS))
                    .setAttribute("bawabaSpaceProviders", session.users().getFederatedIdentitiesStream(realm, user)
                            .map(link -> link.getIdentityProvider()).sorted().toList())
                    .setAttribute("bawabaSpaceContactChange", ContactChange.provider(session, realm, user)
                            .map(provider -> provider.getAlias()).orElse(""));
            case HISTORY -> form.setAttribute("bawabaSpaceHistory", history(user, locale))
                    .setAttribute("bawabaSpaceRetentionMonths", retentionMonths());
            case SERVICES -> form.setAttribute("bawabaSpaceServices", services(user, locale));
            case PROVIDERS -> {
                BlockedProviders blocked = BlockedProviders.of(session, realm, user);
                form.setAttribute("bawabaSpaceProviderChoices", session.identityProviders().getAllStream()
                                .filter(IdentityProviderModel::isEnabled)
                                .sorted(Comparator.comparing(IdentityProviderModel::getAlias))
                                .map(idp -> Map.<String, Object>of("alias", idp.getAlias(),
                                        "displayName", idp.getDisplayName() == null ? idp.getAlias() : idp.getDisplayName(),
                                        "blocked", blocked.isBlocked(idp.getAlias())))
                                .toList())
                        .setAttribute("bawabaSpaceBlocksNew", blocked.blocksNewProviders());
            }
            case SESSIONS -> form.setAttribute("bawabaSpaceSessions", sessions(person, locale));
        }
        return noStore(form.createForm(page.template()));
    }

    Response signedOut(boolean bySignOut, NewCookie clear) {
        Response response = session.getProvider(LoginFormsProvider.class)
                .setAttribute("bawabaSpaceSignedOut", bySignOut)
                .setAttribute("bawabaSpaceUrl", signIn.spaceUri().build().toString())
                .createForm("bawaba-space-signed-out.ftl");
        Response.ResponseBuilder builder = Response.fromResponse(response).cacheControl(noStore());
        return clear == null ? builder.build() : builder.cookie(clear).build();
    }

    private List<Map<String, Object>> navigation(SpacePage current) {
        List<Map<String, Object>> links = new ArrayList<>();
        String base = signIn.spaceUri().build().toString();
        for (SpacePage page : SpacePage.values()) {
            links.add(Map.of("url", base + "/" + page.path(), "page", page.key(), "current", page == current));
        }
        return links;
    }

    private static Map<String, String> attributes(UserModel user, List<String> names) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String name : names) {
            String value = switch (name) {
                case "firstName" -> user.getFirstName();
                case "lastName" -> user.getLastName();
                case "email" -> user.getEmail();
                default -> user.getFirstAttribute(name);
            };
            if (value != null && !value.isBlank()) {
                shown.put(name, value);
            }
        }
        return shown;
    }

    private List<Map<String, Object>> history(UserModel user, Locale locale) {
        return new SignInHistoryStore(session).recent(realm, user, settings.historySize()).stream()
                .map(signIn -> {
                    ClientModel client = realm.getClientByClientId(signIn.clientId());
                    return Map.<String, Object>of(
                            "id", signIn.id(),
                            "time", SpaceLocales.dateTime(signIn.time(), locale, settings.timeZone()),
                            "service", client == null || client.getName() == null ? signIn.clientId() : client.getName(),
                            "provider", signIn.identityProvider() == null ? "" : signIn.identityProvider(),
                            "level", signIn.level() == null ? "" : signIn.level(),
                            "claims", signIn.claims());
                })
                .toList();
    }

    /** The retention period in whole months, as the history page states it. */
    private long retentionMonths() {
        long days = SignInHistoryListenerFactory.settings(session.getKeycloakSessionFactory()).retention().toDays();
        return Math.max(1, Math.round(days / 30.4375));
    }

    private List<Map<String, Object>> services(UserModel user, Locale locale) {
        return UserConsentManager.getConsentsStream(session, realm, user)
                .sorted(Comparator.comparing(consent -> consent.getClient().getClientId()))
                .map(consent -> {
                    ClientModel client = consent.getClient();
                    long since = consent.getLastUpdatedDate() != null ? consent.getLastUpdatedDate() : consent.getCreatedDate();
                    return Map.<String, Object>of(
                            "clientId", client.getClientId(),
                            "name", client.getName() == null ? client.getClientId() : client.getName(),
                            "since", format(since, locale),
                            "scopes", consent.getGrantedClientScopes().stream()
                                    .map(SpaceView::consentText).filter(text -> !text.isEmpty()).sorted().toList());
                })
                .toList();
    }

    private static String consentText(ClientScopeModel scope) {
        String text = scope.getConsentScreenText();
        return text == null || text.isBlank() ? scope.getName() : text;
    }

    private List<Map<String, Object>> sessions(AuthResult person, Locale locale) {
        String current = person.session().getId();
        return session.sessions().getUserSessionsStream(realm, person.user())
                .sorted(Comparator.comparingInt(UserSessionModel::getLastSessionRefresh).reversed())
                .map(userSession -> {
                    DeviceRepresentation device = DeviceActivityManager.getCurrentDevice(userSession);
                    String provider = userSession.getNote("identity_provider");
                    return Map.<String, Object>of(
                            "current", userSession.getId().equals(current),
                            "started", format(userSession.getStarted() * 1000L, locale),
                            "lastAccess", format(userSession.getLastSessionRefresh() * 1000L, locale),
                            "ipAddress", userSession.getIpAddress() == null ? "" : userSession.getIpAddress(),
                            "browser", device == null || device.getBrowser() == null ? "" : device.getBrowser(),
                            "os", device == null || device.getOs() == null ? "" : device.getOs(),
                            "provider", provider == null ? "" : provider,
                            "services", userSession.getAuthenticatedClientSessions().values().stream()
                                    .map(clientSession -> clientSession.getClient())
                                    .filter(client -> !SpaceSignIn.CLIENT_ID.equals(client.getClientId()))
                                    .map(client -> client.getName() == null ? client.getClientId() : client.getName())
                                    .sorted().toList());
                })
                .toList();
    }

    String format(long epochMillis, Locale locale) {
        return SpaceLocales.dateTime(Instant.ofEpochMilli(epochMillis), locale, settings.timeZone());
    }

    private static Response noStore(Response response) {
        return Response.fromResponse(response).cacheControl(noStore()).build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        return cache;
    }
}
