package org.bawaba.space;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bawaba.federation.blocking.BlockedProviders;
import org.jboss.logging.Logger;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.keycloak.services.managers.UserConsentManager;

/**
 * The person's space, {@code /realms/{realm}/bawaba-space/…}: pages of their own, server-rendered in the realm's
 * login theme so that they read like the rest of the journey (same words, fr/ar/en, right to left in Arabic) and
 * work without script. Every page needs a live session of the realm ({@link SpaceSignIn}); every change needs the
 * form token of that session ({@link SpaceForms}), and answers with a redirect to the page that shows its result.
 */
public class PersonSpaceResource {

    private static final Logger LOG = Logger.getLogger(PersonSpaceResource.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final SpaceSettings settings;
    private final SpaceSignIn signIn;

    PersonSpaceResource(KeycloakSession session, SpaceSettings settings) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.settings = settings;
        this.signIn = new SpaceSignIn(session);
        if (signIn.client().isEmpty()) {
            throw new NotFoundException();
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response identity(@QueryParam("kc_locale") String locale, @QueryParam("done") String done) {
        return show(SpacePage.IDENTITY, locale, done);
    }

    /** Sends the person to change their email address or mobile number at the provider that holds them. */
    @GET
    @Path("contact/{kind}")
    public Response changeContact(@PathParam("kind") String kind) {
        Optional<AuthResult> person = signIn.current();
        Optional<ContactChange.Kind> what = ContactChange.Kind.of(kind);
        if (person.isEmpty() || what.isEmpty()) {
            return Response.seeOther(pageUri(SpacePage.IDENTITY)).build();
        }
        UserModel user = person.get().user();
        return ContactChange.provider(session, realm, user)
                .map(provider -> Response.seeOther(ContactChange.actionUrl(provider, what.get(),
                        signIn.spaceUri().path(ContactChange.RETURN_PATH).build(),
                        session.getContext().resolveLocale(user).toLanguageTag())).build())
                .orElseGet(() -> Response.seeOther(pageUri(SpacePage.IDENTITY)).build());
    }

    /** Back from the provider's action: saved there, shown here after the next sign-in (which copies it). */
    @GET
    @Path(ContactChange.RETURN_PATH)
    public Response contactChanged(@QueryParam("kc_action_status") String status) {
        return "success".equals(status) ? redirect(SpacePage.IDENTITY, "contact-changed")
                : Response.seeOther(pageUri(SpacePage.IDENTITY)).build();
    }

    @GET
    @Path("history")
    @Produces(MediaType.TEXT_HTML)
    public Response history(@QueryParam("kc_locale") String locale) {
        return show(SpacePage.HISTORY, locale, null);
    }

    @GET
    @Path("services")
    @Produces(MediaType.TEXT_HTML)
    public Response services(@QueryParam("kc_locale") String locale, @QueryParam("done") String done) {
        return show(SpacePage.SERVICES, locale, done);
    }

    @GET
    @Path("providers")
    @Produces(MediaType.TEXT_HTML)
    public Response providers(@QueryParam("kc_locale") String locale, @QueryParam("done") String done) {
        return show(SpacePage.PROVIDERS, locale, done);
    }

    /** The providers the person blocks for their account; BlockedProviders stores the choice and confirms it by email. */
    @POST
    @Path("providers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseProviders(@FormParam(SpaceForms.FIELD) String token, @FormParam("blocked") List<String> blocked,
                                    @FormParam("blockNew") String blockNew) {
        Optional<AuthResult> person = genuinePost(token);
        if (person.isEmpty()) {
            return refused(SpacePage.PROVIDERS);
        }
        UserModel user = person.get().user();
        Set<String> chosen = blocked == null ? Set.of() : Set.copyOf(blocked);
        boolean blocksNew = "true".equals(blockNew);
        BlockedProviders before = BlockedProviders.of(session, realm, user);
        if (before.blockedAliases().equals(chosen) && before.blocksNewProviders() == blocksNew) {
            return redirect(SpacePage.PROVIDERS, "unchanged");
        }
        try {
            BlockedProviders.choose(session, realm, user, chosen, blocksNew);
        } catch (BlockedProviders.Refused refusal) {
            return redirect(SpacePage.PROVIDERS, BlockedProviders.Refused.LAST_WAY_IN.equals(refusal.messageKey())
                    ? "last-way-in" : "unknown-provider");
        }
        return redirect(SpacePage.PROVIDERS, "saved");
    }

    @GET
    @Path("sessions")
    @Produces(MediaType.TEXT_HTML)
    public Response sessions(@QueryParam("kc_locale") String locale) {
        return show(SpacePage.SESSIONS, locale, null);
    }

    /** Ends the person's consent to a service: the next sign-in there asks again. */
    @POST
    @Path("services/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@FormParam(SpaceForms.FIELD) String token, @FormParam("client") String clientId) {
        Optional<AuthResult> person = genuinePost(token);
        if (person.isEmpty()) {
            return refused(SpacePage.SERVICES);
        }
        UserModel user = person.get().user();
        ClientModel client = clientId == null ? null : realm.getClientByClientId(clientId);
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.REVOKE_GRANT).user(user).session(person.get().session())
                .client(SpaceSignIn.CLIENT_ID);
        if (client == null || UserConsentManager.getConsentByClient(session, realm, user, client.getId()) == null) {
            event.error("consent_not_found");
            return redirect(SpacePage.SERVICES, "nothing");
        }
        UserConsentManager.revokeConsentToClient(session, client, user);
        event.detail(Details.REVOKED_CLIENT, client.getClientId()).success();
        return redirect(SpacePage.SERVICES, "revoked");
    }

    /** Ends every session of the person, this one too, and every offline session (apps kept signed in). */
    @POST
    @Path("sessions/sign-out-everywhere")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOutEverywhere(@FormParam(SpaceForms.FIELD) String token) {
        Optional<AuthResult> person = genuinePost(token);
        if (person.isEmpty()) {
            return refused(SpacePage.SESSIONS);
        }
        UserModel user = person.get().user();
        List<UserSessionModel> all = java.util.stream.Stream.concat(
                session.sessions().getUserSessionsStream(realm, user),
                session.sessions().getOfflineUserSessionsStream(realm, user)).toList();
        for (UserSessionModel userSession : all) {
            AuthenticationManager.backchannelLogout(session, userSession, true);
        }
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.LOGOUT).user(user).client(SpaceSignIn.CLIENT_ID)
                .detail("bawaba_sign_out", "everywhere").detail("sessions", Integer.toString(all.size()))
                .success();
        AuthenticationManager.expireIdentityCookie(session);
        return Response.seeOther(signIn.spaceUri().path(SpacePage.SIGNED_OUT_PATH).build()).build();
    }

    @GET
    @Path(SpaceSignIn.CALLBACK)
    public Response signedIn(@QueryParam("state") String state) {
        Optional<SpacePage> page = signIn.returned(state);
        if (page.isEmpty() || signIn.current().isEmpty()) {
            // An error back from the front door (the person left the chooser), a stale or foreign return: not signed in.
            return new SpaceView(session, settings, signIn).signedOut(false, signIn.clearedState());
        }
        return Response.seeOther(pageUri(page.get())).cookie(signIn.clearedState()).build();
    }

    @GET
    @Path(SpacePage.SIGNED_OUT_PATH)
    @Produces(MediaType.TEXT_HTML)
    public Response signedOut() {
        return new SpaceView(session, settings, signIn).signedOut(true, null);
    }

    private Response show(SpacePage page, String requestedLocale, String done) {
        Optional<AuthResult> person = signIn.current();
        if (person.isEmpty()) {
            Locale locale = session.getContext().resolveLocale(null);
            return signIn.toSignIn(page, locale.toLanguageTag());
        }
        SpaceView view = new SpaceView(session, settings, signIn);
        view.rememberLanguage(person.get().user(), requestedLocale);
        return view.page(page, person.get(), done);
    }

    /** The person posting, when the post carries their session's form token. */
    private Optional<AuthResult> genuinePost(String token) {
        return signIn.current().filter(person -> SpaceForms.isGenuine(session, person.session(), token));
    }

    /** A post without the session or its token changes nothing and shows the page again, as it is. */
    private Response refused(SpacePage page) {
        LOG.debugf("A post to the space's %s page changed nothing", page.key());
        return Response.seeOther(pageUri(page)).build();
    }

    private Response redirect(SpacePage page, String done) {
        return Response.seeOther(URI.create(pageUri(page) + "?done=" + done)).build();
    }

    private URI pageUri(SpacePage page) {
        return page.path().isEmpty() ? URI.create(signIn.spaceUri().build() + "/") : signIn.spaceUri().path(page.path()).build();
    }
}
