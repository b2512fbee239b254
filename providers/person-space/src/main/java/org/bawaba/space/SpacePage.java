package org.bawaba.space;

import java.util.Arrays;
import java.util.Optional;

/** The pages of the space, in the order of its navigation. */
enum SpacePage {
    IDENTITY("", "bawaba-space-identity.ftl"),
    HISTORY("history", "bawaba-space-history.ftl"),
    SERVICES("services", "bawaba-space-services.ftl"),
    PROVIDERS("providers", "bawaba-space-providers.ftl"),
    SESSIONS("sessions", "bawaba-space-sessions.ftl");

    static final String SIGNED_OUT_PATH = "signed-out";

    private final String path;
    private final String template;

    SpacePage(String path, String template) {
        this.path = path;
        this.template = template;
    }

    String path() {
        return path;
    }

    String template() {
        return template;
    }

    /** How templates name the page (its title's message key ends with it). */
    String key() {
        return name().toLowerCase();
    }

    static Optional<SpacePage> byPath(String path) {
        return Arrays.stream(values()).filter(page -> page.path.equals(path)).findFirst();
    }
}
