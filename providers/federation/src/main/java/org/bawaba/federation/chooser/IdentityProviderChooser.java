package org.bawaba.federation.chooser;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.bawaba.federation.blocking.BlockedProviders;
import org.bawaba.federation.loa.AssuranceLevels;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.IdentityProviderAuthenticator;
import org.keycloak.models.ClientModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.IdentityProviderStorageProvider.FetchMode;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The front door's chooser: the identity providers this relying party accepts, each with what it takes
 * to use it and the assurance level it can give. A provider below the level the relying party asked for,
 * or unavailable, is shown but cannot be chosen, with the reason. {@code kc_idp_hint} (or
 * {@code idp_hint}) skips the page only for a provider the person could have chosen on it. When the chooser knows
 * whose login it is ({@link KnownPerson}), the providers that account blocks are shown disabled, with that reason.
 * A person who goes back to the service from the page leaves it with the OIDC error {@code access_denied}.
 */
public class IdentityProviderChooser extends IdentityProviderAuthenticator {

    public static final String TEMPLATE = "bawaba-chooser.ftl";
    static final String FIELD_PROVIDER = "provider";
    static final String FIELD_CANCEL = "cancel";
    static final String FIELD_ENROL = "enrol";
    /** Client note: the person chose to create an account with the provider; it is asked with {@code prompt=create}. */
    public static final String ENROL_NOTE = "bawaba.enrol";
    static final String LAST_USED_COOKIE = "BAWABA_LAST_IDP";
    static final String IDP_HINT_PARAM = "client_request_param_idp_hint";
    /** Event reason of a hint refused because the account blocks the provider. */
    static final String BLOCKED_REASON = "blocked_by_account";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        List<ProviderTile> tiles = tiles(context);
        if (context.getForwardedErrorMessage() != null) {
            // Back from a provider that was cancelled or failed: say so, and let the person choose again.
            context.challenge(page(context, tiles, null));
            return;
        }
        String hint = hint(context);
        if (hint == null || hint.isBlank()) {
            context.challenge(page(context, tiles, null));
            return;
        }
        Optional<ProviderTile> hinted = tiles.stream().filter(tile -> tile.getAlias().equals(hint)).findFirst();
        if (hinted.isPresent() && hinted.get().isUsable()) {
            rememberChoice(context, hint);
            redirect(context, hint);
            return;
        }
        boolean blockedByPerson = hinted.isPresent() && hinted.get().isBlockedByPerson();
        if (blockedByPerson) {
            context.getEvent().detail("reason", BLOCKED_REASON);
        }
        context.getEvent().detail("identity_provider", hint).error("bawaba_idp_hint_refused");
        context.challenge(page(context, tiles, blockedByPerson ? "bawabaChooserHintBlocked" : "bawabaChooserHintRefused"));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey(FIELD_CANCEL)) {
            context.cancelLogin();
            return;
        }
        List<ProviderTile> tiles = tiles(context);
        String enrolWith = form.getFirst(FIELD_ENROL);
        if (enrolWith != null) {
            if (!enrolment(context, tiles).contains(enrolWith)) {
                context.challenge(page(context, tiles, "bawabaChooserNotUsable"));
                return;
            }
            context.getAuthenticationSession().setClientNote(ENROL_NOTE, "true");
            redirect(context, enrolWith);
            return;
        }
        context.getAuthenticationSession().removeClientNote(ENROL_NOTE);
        String chosen = form.getFirst(FIELD_PROVIDER);
        boolean usable = chosen != null && tiles.stream().anyMatch(tile -> tile.getAlias().equals(chosen) && tile.isUsable());
        if (!usable) {
            context.challenge(page(context, tiles, "bawabaChooserNotUsable"));
            return;
        }
        rememberChoice(context, chosen);
        redirect(context, chosen);
    }

    private List<ProviderTile> tiles(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        ClientModel client = authSession.getClient();
        Set<String> allowed = allowList(client);
        AssuranceLevels levels = AssuranceLevels.of(authSession);
        String lastUsed = lastUsed(context);
        Predicate<String> blockedByPerson = KnownPerson.of(context)
                .map(person -> BlockedProviders.of(context.getSession(), context.getRealm(), person))
                .<Predicate<String>>map(blocked -> blocked::isBlocked)
                .orElse(alias -> false);
        return context.getSession().identityProviders().getForLogin(FetchMode.REALM_ONLY, null)
                .filter(idp -> allowed.isEmpty() || allowed.contains(idp.getAlias()))
                .map(idp -> tile(idp, levels, idp.getAlias().equals(lastUsed), blockedByPerson.test(idp.getAlias())))
                .sorted(Comparator.comparing((ProviderTile tile) -> !tile.isLastUsed())
                        .thenComparing(ProviderTile::getAlias))
                .toList();
    }

    private static ProviderTile tile(IdentityProviderModel idp, AssuranceLevels levels, boolean lastUsed, boolean blockedByPerson) {
        Map<String, String> config = idp.getConfig();
        String name = idp.getDisplayName() == null || idp.getDisplayName().isBlank() ? idp.getAlias() : idp.getDisplayName();
        return ProviderTile.decide(idp.getAlias(), name, config.get(AssuranceLevels.PROVIDER_CEILING),
                config.get(ChooserSettings.PROVIDER_STATUS), levels, lastUsed, blockedByPerson);
    }

    private Response page(AuthenticationFlowContext context, List<ProviderTile> tiles, String error) {
        var form = context.form()
                .setAttribute("bawabaTiles", tiles)
                .setAttribute("bawabaEnrolment", enrolment(context, tiles))
                .setAttribute("bawabaRequestedLevel", AssuranceLevels.of(context.getAuthenticationSession()).requestedName());
        if (error != null) {
            form.setError(error);
        } else if (context.getForwardedErrorMessage() != null) {
            form.addError(context.getForwardedErrorMessage());
        }
        return form.createForm(TEMPLATE);
    }

    /** The providers, among those the person could choose, through which this relying party lets them create an account. */
    private static List<String> enrolment(AuthenticationFlowContext context, List<ProviderTile> tiles) {
        Set<String> paths = aliases(context.getAuthenticationSession().getClient(), ChooserSettings.CLIENT_ENROLMENT);
        return tiles.stream().filter(ProviderTile::isUsable).map(ProviderTile::getAlias).filter(paths::contains).toList();
    }

    private static Set<String> allowList(ClientModel client) {
        return aliases(client, ChooserSettings.CLIENT_ALLOW_LIST);
    }

    private static Set<String> aliases(ClientModel client, String attribute) {
        String value = client.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split("##")).map(String::trim).filter(alias -> !alias.isEmpty()).collect(Collectors.toSet());
    }

    private static String hint(AuthenticationFlowContext context) {
        String hint = context.getUriInfo().getQueryParameters().getFirst("kc_idp_hint");
        if (hint == null) {
            hint = context.getAuthenticationSession().getClientNote("kc_idp_hint");
        }
        if (hint == null) {
            hint = context.getAuthenticationSession().getClientNote(IDP_HINT_PARAM);
        }
        return hint;
    }

    private static String lastUsed(AuthenticationFlowContext context) {
        Cookie cookie = context.getHttpRequest().getHttpHeaders().getCookies().get(LAST_USED_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private static void rememberChoice(AuthenticationFlowContext context, String alias) {
        int days = ChooserSettings.from(context.getAuthenticatorConfig()).rememberDays();
        if (days == 0) {
            return;
        }
        boolean https = "https".equalsIgnoreCase(context.getUriInfo().getBaseUri().getScheme());
        context.getSession().getContext().getHttpResponse().setCookieIfAbsent(new NewCookie.Builder(LAST_USED_COOKIE)
                .value(alias)
                .path("/realms/" + context.getRealm().getName() + "/")
                .maxAge(days * 86_400)
                .httpOnly(true)
                .secure(https)
                .sameSite(NewCookie.SameSite.LAX)
                .build());
    }
}
