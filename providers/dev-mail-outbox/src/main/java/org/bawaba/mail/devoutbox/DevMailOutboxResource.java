package org.bawaba.mail.devoutbox;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * DEVELOPMENT ONLY: {@code GET /realms/{realm}/dev-mail-outbox/messages[?to=…&limit=…]} shows the newest mails of the
 * development outbox as an HTML page. Answers 404 unless the active email sender is the dev outbox, so a production
 * server never shows anything here.
 */
public final class DevMailOutboxResource implements RealmResourceProvider {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final KeycloakSession session;

    DevMailOutboxResource(KeycloakSession session) {
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
        Optional<DevMailOutbox> outbox = activeOutbox(session);
        if (outbox.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        int count = limit == null || limit < 1 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        List<DevMailOutbox.Mail> mails = outbox.get().recent(to == null || to.isBlank() ? null : to.trim(), count);
        return Response.ok(DevMailOutboxPage.html(mails), MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /** The outbox only when the dev outbox is the email sender this server really uses. */
    static Optional<DevMailOutbox> activeOutbox(KeycloakSession session) {
        EmailSenderProvider active;
        try {
            active = session.getProvider(EmailSenderProvider.class);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return active instanceof DevMailOutboxSender devOutbox ? Optional.of(devOutbox.outbox()) : Optional.empty();
    }

    @Override
    public void close() {
    }
}
