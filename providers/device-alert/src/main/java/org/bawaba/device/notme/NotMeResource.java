package org.bawaba.device.notme;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.bawaba.device.alert.SignInNames;
import org.bawaba.device.cases.SecurityCases;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.util.LocaleUtil;

/**
 * "This was not me". GET shows what the link will do and one button, and changes nothing (mail scanners open links);
 * POST, from that page only (the same token, and a value the page's browser holds in a same-site cookie), spends the
 * token once, ends every session of the account through Keycloak (online and offline, relying parties with a
 * back-channel logout URL told, the identity provider's session too), records an event, and opens a case for the
 * operators. An expired, spent or forged token gets a page that says so.
 */
public final class NotMeResource {

    static final String TEMPLATE = "bawaba-not-me.ftl";
    /** The event's custom_required_action detail. */
    static final String EVENT_NAME = "bawaba-not-me";
    /** Double-submit value: a cross-site form cannot read it, and the browser does not send it cross-site (Strict). */
    static final String FORM_COOKIE = "BAWABA_NOT_ME_FORM";
    static final String FORM_FIELD = "form";

    private static final Logger LOG = Logger.getLogger(NotMeResource.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the page shows. */
    enum State { CONFIRM, DONE, EXPIRED, USED, INVALID }

    private final KeycloakSession session;
    private final RealmModel realm;

    NotMeResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("token") String token) {
        NotMeLinks.Reading reading = links().read(issuer(), token);
        if (reading.verdict() != NotMeLinks.Verdict.VALID) {
            return page(state(reading.verdict()), null, null);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String formValue = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        session.getContext().getHttpResponse().setCookieIfAbsent(new NewCookie.Builder(FORM_COOKIE)
                .value(formValue)
                .path(formPath())
                .maxAge(3600)
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(session.getContext().getUri().getBaseUri().getScheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .build());
        return page(State.CONFIRM, reading.token().orElseThrow(), formValue);
    }

    @POST
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("token") String token, @FormParam(FORM_FIELD) String formValue) {
        NotMeLinks links = links();
        NotMeLinks.Reading reading = links.read(issuer(), token);
        if (reading.verdict() != NotMeLinks.Verdict.VALID) {
            return page(state(reading.verdict()), null, null);
        }
        if (!fromOurPage(formValue)) {
            // A post that did not come from the page of this browser: show the page again, nothing done.
            return show(token);
        }
        NotMeToken reported = reading.token().orElseThrow();
        UserModel user = session.users().getUserById(realm, reported.getSubject());
        if (user == null) {
            return page(State.INVALID, null, null);
        }
        if (!links.spend(reported)) {
            return page(State.USED, null, null);
        }
        int ended = endEverySession(user);
        String caseId = new SecurityCases(session).open(realm, user.getId(), reported.getSignInTime(),
                reported.getIssuedFor(), reported.getIdentityProvider(), reported.getDeviceFingerprint());
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(user)
                .detail(Details.CUSTOM_REQUIRED_ACTION, EVENT_NAME)
                .detail("bawaba_case", caseId)
                .detail("sessions_ended", Integer.toString(ended))
                .detail("reported_client", reported.getIssuedFor())
                .detail(Details.IDENTITY_PROVIDER, reported.getIdentityProvider())
                .success();
        LOG.debugf("Sign-in reported as not the person's, realm %s: %d session(s) ended, case opened", realm.getName(), ended);
        return page(State.DONE, reported, null);
    }

    /** Every session of the account, online and offline, ended as an administrator's "sign out" does. */
    private int endEverySession(UserModel user) {
        session.users().setNotBeforeForUser(realm, user, Time.currentTime());
        var online = session.sessions().getUserSessionsStream(realm, user).toList();
        var offline = session.sessions().getOfflineUserSessionsStream(realm, user).toList();
        for (UserSessionModel userSession : online) {
            AuthenticationManager.backchannelLogout(session, realm, userSession, session.getContext().getUri(),
                    session.getContext().getConnection(), session.getContext().getRequestHeaders(), true);
        }
        for (UserSessionModel userSession : offline) {
            AuthenticationManager.backchannelLogout(session, realm, userSession, session.getContext().getUri(),
                    session.getContext().getConnection(), session.getContext().getRequestHeaders(), true, true);
        }
        return online.size() + offline.size();
    }

    private boolean fromOurPage(String formValue) {
        String origin = session.getContext().getRequestHeaders().getHeaderString("Origin");
        if (origin != null && !"null".equals(origin) && !sameOrigin(URI.create(origin))) {
            return false;
        }
        Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(FORM_COOKIE);
        return cookie != null && formValue != null && !formValue.isEmpty() && MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.US_ASCII), formValue.getBytes(StandardCharsets.US_ASCII));
    }

    private boolean sameOrigin(URI origin) {
        URI ours = session.getContext().getUri().getBaseUri();
        return origin.getScheme() != null && origin.getScheme().equalsIgnoreCase(ours.getScheme())
                && origin.getHost() != null && origin.getHost().equalsIgnoreCase(ours.getHost())
                && port(origin) == port(ours);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private Response page(State state, NotMeToken reported, String formValue) {
        // The page speaks the language of the link (the mail's) or of the switcher, as Keycloak's own pages do.
        LocaleUtil.processLocaleParam(session, realm, null);
        LoginFormsProvider form = session.getProvider(LoginFormsProvider.class)
                .setAttribute("bawabaNotMeState", state.name().toLowerCase(java.util.Locale.ROOT));
        if (reported != null) {
            SignInNames names = SignInNames.in(session, realm, session.getContext().resolveLocale(null));
            if (reported.getSignInTime() != null) {
                form.setAttribute("bawabaNotMeWhen", SignInNames.when(reported.getSignInTime(),
                        session.getContext().resolveLocale(null)));
            }
            ClientModel client = reported.getIssuedFor() == null ? null : realm.getClientByClientId(reported.getIssuedFor());
            if (client != null) {
                form.setAttribute("bawabaNotMeService", names.service(client));
            }
        }
        if (formValue != null) {
            form.setAttribute("bawabaNotMeForm", formValue);
            form.setAttribute("bawabaNotMeAction", session.getContext().getUri().getRequestUri().toString());
        }
        return form.setStatus(switch (state) {
            case CONFIRM, DONE -> Response.Status.OK;
            case EXPIRED, USED -> Response.Status.GONE;
            case INVALID -> Response.Status.BAD_REQUEST;
        }).createForm(TEMPLATE);
    }

    private static State state(NotMeLinks.Verdict verdict) {
        return switch (verdict) {
            case EXPIRED -> State.EXPIRED;
            case USED -> State.USED;
            case INVALID, VALID -> State.INVALID;
        };
    }

    private NotMeLinks links() {
        return new NotMeLinks(session.tokens(), session.singleUseObjects());
    }

    private String issuer() {
        return Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
    }

    private String formPath() {
        return "/realms/" + realm.getName() + "/" + NotMeResourceProviderFactory.ID + "/";
    }
}
