package org.bawaba.authenticator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;

class VerifiedCodeHandOffTest {

    /** A request's session, holding only its attributes. */
    private static KeycloakSession request(Map<String, Object> attributes) {
        return (KeycloakSession) Proxy.newProxyInstance(KeycloakSession.class.getClassLoader(),
                new Class<?>[] {KeycloakSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> args.length == 2 ? ((Class<?>) args[1]).cast(attributes.get((String) args[0]))
                            : attributes.get((String) args[0]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aVerifiedCodeIsTakenOnceInTheSameRequest() {
        KeycloakSession session = request(new HashMap<>());

        VerifiedCodeHandOff.offer(session, "123456");

        assertThat(VerifiedCodeHandOff.take(session)).contains("123456");
        assertThat(VerifiedCodeHandOff.take(session)).as("used up").isEmpty();
    }

    @Test
    void anotherRequestHasNothingToTake() {
        VerifiedCodeHandOff.offer(request(new HashMap<>()), "123456");

        assertThat(VerifiedCodeHandOff.take(request(new HashMap<>()))).isEmpty();
    }

    @Test
    void theCodeNeverShowsInText() {
        Map<String, Object> attributes = new HashMap<>();
        VerifiedCodeHandOff.offer(request(attributes), "123456");

        assertThat(attributes.values()).singleElement().asString().doesNotContain("123456");
        assertThatThrownBy(() -> VerifiedCodeHandOff.offer(request(attributes), "")).isInstanceOf(IllegalArgumentException.class);
    }
}
