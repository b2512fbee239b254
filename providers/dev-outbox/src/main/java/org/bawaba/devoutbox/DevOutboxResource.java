package org.bawaba.devoutbox;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * DEVELOPMENT ONLY: {@code GET /realms/{realm}/dev-sms-outbox/messages} and {@code …/dev-mail-outbox/messages}
 * ({@code ?to=…&limit=…}) list the newest messages of a development outbox, as HTML or, with
 * {@code Accept: application/json}, as JSON. Answers 404 unless that outbox is what the server really sends with
 * (the SMS gateway, the email sender), so a production server never shows anything here.
 */
public final class DevOutboxResource implements RealmResourceProvider {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final KeycloakSession session;
    private final Function<KeycloakSession, Optional<DevOutbox>> activeOutbox;

    /** @param activeOutbox the outbox when it is the one in use, read through the session's providers */
    public DevOutboxResource(KeycloakSession session, Function<KeycloakSession, Optional<DevOutbox>> activeOutbox) {
        this.session = session;
        this.activeOutbox = activeOutbox;
    }

    @Override
    public Object getResource() {
        return this;
    }

    // A GET on the extension's own path answers 405 in Keycloak 26.7 (the realm resource claims it): use a sub-path.
    @GET
    @Path("messages")
    public Response list(@QueryParam("to") String to, @QueryParam("limit") Integer limit) throws IOException {
        Optional<DevOutbox> outbox = activeOutbox(session, activeOutbox);
        if (outbox.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        int count = limit == null || limit < 1 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        List<DevOutbox.Entry> entries = outbox.get().recent(to == null || to.isBlank() ? null : to.trim(), count);
        Response.ResponseBuilder response = wantsJson(session)
                ? Response.ok(DevOutboxPage.json(entries), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                : Response.ok(DevOutboxPage.html(outbox.get().channel(), entries), MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        return response.header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /** A provider that cannot be had (none configured, or failing to start) means no outbox. */
    static Optional<DevOutbox> activeOutbox(KeycloakSession session, Function<KeycloakSession, Optional<DevOutbox>> lookup) {
        try {
            return lookup.apply(session);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean wantsJson(KeycloakSession session) {
        HttpRequest request = session.getContext().getHttpRequest();
        HttpHeaders headers = request == null ? null : request.getHttpHeaders();
        String accept = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains(MediaType.TEXT_HTML);
    }

    @Override
    public void close() {
    }
}
