package org.bawaba.devoutbox;

import java.lang.reflect.Proxy;

import jakarta.ws.rs.core.HttpHeaders;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;

/** Just enough of a Keycloak session for the outboxes' tests. */
public final class Sessions {

    private Sessions() {
    }

    /** A session whose request has this Accept header. */
    public static KeycloakSession accepting(String accept) {
        HttpHeaders headers = proxy(HttpHeaders.class, (method, args) ->
                method.equals("getHeaderString") && HttpHeaders.ACCEPT.equals(args[0]) ? accept : null);
        HttpRequest request = proxy(HttpRequest.class, (method, args) -> method.equals("getHttpHeaders") ? headers : null);
        KeycloakContext context = proxy(KeycloakContext.class, (method, args) -> method.equals("getHttpRequest") ? request : null);
        return proxy(KeycloakSession.class, (method, args) -> {
            if (method.equals("getContext")) {
                return context;
            }
            throw new UnsupportedOperationException(method);
        });
    }

    /** A session whose {@code getProvider(type)} answers {@code provider}. */
    public static KeycloakSession withProvider(Class<?> type, Object provider) {
        return proxy(KeycloakSession.class, (method, args) -> {
            if (method.equals("getProvider") && args.length == 1 && args[0] == type) {
                return provider;
            }
            throw new UnsupportedOperationException(method);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args == null ? new Object[0] : args)));
    }
}
