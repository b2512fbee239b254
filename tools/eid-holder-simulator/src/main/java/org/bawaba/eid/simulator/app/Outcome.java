package org.bawaba.eid.simulator.app;

/**
 * What the holder API answered, whatever the HTTP status: a verdict ({@code Outcome} schema: 200 verified, 422
 * refused) or a problem ({@code Problem} schema: 401, 409, 410, 413, 429...), so that tests assert on any of them.
 *
 * @param httpStatus   the HTTP status code
 * @param status       {@code verified} or {@code refused}; for a problem, its {@code error} (e.g.
 *                     {@code challenge_used}); null when the body is neither
 * @param reason       why a presentation was refused (e.g. {@code document_altered}), or null
 * @param message      the reason or the problem in words a person understands, or null
 * @param attemptsLeft presentations the transaction still accepts, when the answer says
 * @param body         the body as received
 */
public record Outcome(int httpStatus, String status, String reason, String message, Integer attemptsLeft,
        String body) {

    public static final String VERIFIED = "verified";
    public static final String REFUSED = "refused";

    /** 200 with status {@code verified}: the browser continues the sign-in. */
    public boolean verified() {
        return httpStatus == 200 && VERIFIED.equals(status);
    }

    /** 422 with status {@code refused}: the document, the chip or the face did not pass. */
    public boolean refused() {
        return httpStatus == 422 && REFUSED.equals(status);
    }

    /** One line for a person: the verdict or the problem, its reason and message. */
    public String describe() {
        StringBuilder line = new StringBuilder();
        if (verified()) {
            line.append(VERIFIED);
        } else {
            line.append(refused() ? REFUSED : "HTTP " + httpStatus + (status == null ? "" : " " + status));
            if (reason != null) {
                line.append(": ").append(reason);
            }
        }
        if (message != null) {
            line.append(" - ").append(message);
        }
        if (attemptsLeft != null) {
            line.append(" (attempts left: ").append(attemptsLeft).append(')');
        }
        if (status == null && body != null && !body.isBlank()) {
            line.append(": ").append(body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
        return line.toString();
    }
}
