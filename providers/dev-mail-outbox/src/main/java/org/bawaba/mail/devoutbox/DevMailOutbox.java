package org.bawaba.mail.devoutbox;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.keycloak.util.JsonSerialization;

/**
 * DEVELOPMENT ONLY. A directory of mails that were "sent": one JSON file per mail,
 * {@code mail-<epoch nanos>-<random>.json}, so file names sort oldest to newest. Holds no state in memory.
 */
public final class DevMailOutbox {

    /** How many files a listing reads at most. */
    static final int MAX_SCANNED = 1_000;

    private static final Pattern FILE_NAME = Pattern.compile("mail-\\d{19}-[0-9a-f]{8}\\.json");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    public DevMailOutbox(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** A mail as written, whole, because the demo needs to read the code or the password it holds. */
    public record Mail(String to, String subject, String text, String html, Instant time) {
    }

    /** Writes the mail atomically (a reader never sees half a file) and returns its file name. */
    public String write(Mail mail) throws IOException {
        Files.createDirectories(directory);
        long nanos = mail.time().getEpochSecond() * 1_000_000_000L + mail.time().getNano();
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        String name = "mail-%019d-%s.json".formatted(nanos, HexFormat.of().formatHex(random));
        Path temporary = Files.createTempFile(directory, ".writing-", ".tmp");
        try {
            Files.write(temporary, JsonSerialization.writeValueAsBytes(mail));
            try {
                Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, directory.resolve(name));
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return name;
    }

    /** The newest mails first, to {@code to} only unless it is {@code null}, {@code limit} at most. */
    public List<Mail> recent(String to, int limit) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory,
                path -> FILE_NAME.matcher(path.getFileName().toString()).matches())) {
            stream.forEach(files::add);
        }
        files.sort(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed());
        List<Mail> mails = new ArrayList<>();
        for (Path file : files.subList(0, Math.min(files.size(), MAX_SCANNED))) {
            if (mails.size() >= limit) {
                break;
            }
            try {
                Mail mail = JsonSerialization.readValue(Files.readAllBytes(file), Mail.class);
                if (to == null || to.equalsIgnoreCase(mail.to())) {
                    mails.add(mail);
                }
            } catch (IOException | RuntimeException e) {
                // deleted meanwhile, or not ours
            }
        }
        return mails;
    }
}
