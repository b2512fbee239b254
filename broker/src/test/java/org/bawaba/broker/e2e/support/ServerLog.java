package org.bawaba.broker.e2e.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.bawaba.broker.e2e.BawabaServerConfig;

/** What the server under test logged (BawabaServerConfig.SERVER_LOG), to check that no secret ever reaches it. */
public final class ServerLog {

    private ServerLog() {
    }

    /** The whole log; fails when there is none, or nothing in it: "never logged" must have read a log. */
    public static String read() {
        Path log = Path.of(BawabaServerConfig.SERVER_LOG);
        if (!Files.isRegularFile(log)) {
            throw new AssertionError("no server log at " + log.toAbsolutePath() + ": nothing was read");
        }
        try {
            String text = Files.readString(log);
            if (text.isBlank()) {
                throw new AssertionError("the server log " + log.toAbsolutePath() + " is empty");
            }
            return text;
        } catch (IOException e) {
            throw new AssertionError("server log unreadable: " + e, e);
        }
    }

    /** Whether {@code secret} appears in {@code text} on its own, not inside a longer run of letters or digits. */
    public static boolean holds(String text, String secret) {
        return Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(secret) + "(?![0-9A-Za-z])").matcher(text).find();
    }
}
