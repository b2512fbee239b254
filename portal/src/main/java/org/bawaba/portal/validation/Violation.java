package org.bawaba.portal.validation;

import java.util.List;

/**
 * One thing wrong in what an integrator sent: the field (as in the JSON, e.g. {@code redirectUris[1]}), a message
 * key of {@code messages/portal}, and its arguments.
 */
public record Violation(String field, String key, List<Object> arguments) {

    public static Violation of(String field, String key, Object... arguments) {
        return new Violation(field, key, List.of(arguments));
    }
}
