package org.bawaba.devoutbox;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.keycloak.util.JsonSerialization;

/**
 * DEVELOPMENT ONLY. A directory of messages of one channel (texts or mails) that were "sent": one small JSON file per
 * message, {@code <channel>-<epoch nanos>-<random>.json}, so file names sort oldest to newest. Holds no state in
 * memory.
 */
public final class DevOutbox {

    /** How many files a listing reads at most, whatever the filter. */
    static final int MAX_SCANNED = 1_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final Channel channel;
    private final Pattern fileName;

    /** What an outbox holds; its name prefixes the files. */
    public enum Channel {
        SMS("sms"), MAIL("mail");

        private final String prefix;

        Channel(String prefix) {
            this.prefix = prefix;
        }
    }

    public DevOutbox(Path directory, Channel channel) {
        this.directory = directory;
        this.channel = channel;
        this.fileName = Pattern.compile(channel.prefix + "-\\d{19}-[0-9a-f]{8}\\.json");
    }

    public Path directory() {
        return directory;
    }

    public Channel channel() {
        return channel;
    }

    /**
     * A message as written, whole (the demo needs to read the code or the password it holds). A text has no
     * subject; a mail has no gateway reference.
     */
    public record Entry(String id, String to, String subject, String text, String reference, Instant time) {
    }

    /** Writes the message atomically (readers never see half a file) and returns its id. */
    public String write(String to, String subject, String text, String reference, Instant time) throws IOException {
        Files.createDirectories(directory);
        long nanos = time.getEpochSecond() * 1_000_000_000L + time.getNano();
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        String id = "%s-%019d-%s".formatted(channel.prefix, nanos, HexFormat.of().formatHex(random));

        Map<String, String> json = new LinkedHashMap<>();
        json.put("to", to);
        if (subject != null) {
            json.put("subject", subject);
        }
        json.put("text", text);
        if (reference != null) {
            json.put("reference", reference);
        }
        json.put("time", time.toString());
        Path temporary = Files.createTempFile(directory, ".writing-", ".tmp");
        try {
            Files.write(temporary, JsonSerialization.writeValueAsBytes(json));
            Path target = directory.resolve(id + ".json");
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return id;
    }

    /**
     * The newest messages first.
     *
     * @param to    only messages to this recipient (compared without case), or all when {@code null}
     * @param limit how many at most
     */
    public List<Entry> recent(String to, int limit) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory,
                path -> fileName.matcher(path.getFileName().toString()).matches())) {
            stream.forEach(files::add);
        }
        files.sort(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed());

        List<Entry> entries = new ArrayList<>();
        for (Path file : files.subList(0, Math.min(files.size(), MAX_SCANNED))) {
            if (entries.size() >= limit) {
                break;
            }
            Entry entry = read(file);
            if (entry != null && (to == null || to.equalsIgnoreCase(entry.to()))) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static Entry read(Path file) {
        try {
            JsonNode node = JsonSerialization.mapper.readTree(Files.readAllBytes(file));
            String name = file.getFileName().toString();
            return new Entry(name.substring(0, name.length() - ".json".length()), node.path("to").asText(),
                    node.hasNonNull("subject") ? node.path("subject").asText() : null, node.path("text").asText(),
                    node.hasNonNull("reference") ? node.path("reference").asText() : null,
                    Instant.parse(node.path("time").asText()));
        } catch (IOException | RuntimeException e) {
            return null; // deleted meanwhile, or not ours
        }
    }
}
