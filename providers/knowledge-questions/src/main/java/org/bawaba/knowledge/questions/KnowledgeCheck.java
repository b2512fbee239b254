package org.bawaba.knowledge.questions;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.Question;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Where a person stands in the identification and questions, kept in the authentication session: what they typed
 * to identify (their own input, never the registry's records), the questions put to them, and whether they
 * answered them. No answer is ever kept.
 */
public final class KnowledgeCheck {

    static final String IDENTIFICATION = "bawaba.kbq.identification";
    static final String QUESTIONS = "bawaba.kbq.questions";
    static final String VERIFIED = "bawaba.kbq.verified";
    static final String REGISTRY = "bawaba.kbq.registry";

    private final AuthenticationSessionModel authSession;

    public KnowledgeCheck(AuthenticationSessionModel authSession) {
        this.authSession = authSession;
    }

    void identified(String registry, Identification identification, List<Question> questions) {
        if (registry == null) {
            authSession.removeAuthNote(REGISTRY);
        } else {
            authSession.setAuthNote(REGISTRY, registry);
        }
        authSession.setAuthNote(IDENTIFICATION, identification.serialize());
        authSession.setAuthNote(QUESTIONS, questions.stream().map(Question::name).collect(Collectors.joining(",")));
        authSession.removeAuthNote(VERIFIED);
    }

    void answered() {
        authSession.setAuthNote(VERIFIED, "true");
    }

    /** Forgets the identification: the person starts again from the identification form. */
    public void reset() {
        authSession.removeAuthNote(REGISTRY);
        authSession.removeAuthNote(IDENTIFICATION);
        authSession.removeAuthNote(QUESTIONS);
        authSession.removeAuthNote(VERIFIED);
    }

    /** The registry provider asked at identification (its id), or null for the server's default. */
    public String registry() {
        return authSession.getAuthNote(REGISTRY);
    }

    public Identification identification() {
        String serialized = authSession.getAuthNote(IDENTIFICATION);
        return serialized == null ? null : Identification.parse(serialized);
    }

    public List<Question> questions() {
        String names = authSession.getAuthNote(QUESTIONS);
        return names == null || names.isEmpty() ? List.of()
                : Arrays.stream(names.split(",")).map(Question::valueOf).toList();
    }

    /** Whether the person answered the questions for {@link #identification()} in this login. */
    public boolean verified() {
        return "true".equals(authSession.getAuthNote(VERIFIED)) && identification() != null;
    }
}
