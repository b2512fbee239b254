package org.bawaba.sms.devoutbox;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bawaba.spi.sms.SmsGatewayProvider;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * DEVELOPMENT ONLY: {@code GET /realms/{realm}/dev-sms-outbox/messages[?to=+212…&limit=…]} lists the newest texts of the
 * development outbox, as HTML or, with {@code Accept: application/json}, as JSON. Answers 404 unless the active
 * SMS gateway is the dev outbox, so a production server never shows anything here.
 */
public final class DevSmsOutboxResource implements RealmResourceProvider {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final KeycloakSession session;

    DevSmsOutboxResource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return this;
    }

    // A GET on the extension's own path answers 405 in Keycloak 26.7 (the realm resource claims it): use a sub-path.
    @GET
    @Path("messages")
    public Response list(@QueryParam("to") String to, @QueryParam("limit") Integer limit) throws IOException {
        Optional<DevOutbox> outbox = activeOutbox(session);
        if (outbox.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        int count = limit == null || limit < 1 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        List<DevOutbox.Entry> entries = outbox.get().recent(to == null || to.isBlank() ? null : to.trim(), count);
        Response.ResponseBuilder response = wantsJson(session)
                ? Response.ok(DevOutboxPage.json(entries), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                : Response.ok(DevOutboxPage.html(entries), MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        return response.header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /** The outbox only when the dev outbox is the gateway this server really uses. */
    static Optional<DevOutbox> activeOutbox(KeycloakSession session) {
        SmsGatewayProvider active;
        try {
            active = session.getProvider(SmsGatewayProvider.class);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return active instanceof DevOutboxSmsGatewayProvider devOutbox ? Optional.of(devOutbox.outbox())
                : Optional.empty();
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
