package org.bawaba.sms.devoutbox;

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
import org.bawaba.spi.sms.SmsMessage;
import org.keycloak.util.JsonSerialization;

/**
 * DEVELOPMENT ONLY. A directory of texts that were "sent": one small JSON file per message,
 * {@code sms-<epoch nanos>-<random>.json}, so file names sort oldest to newest. Holds no state in memory.
 */
public final class DevOutbox {

    /** How many files a listing reads at most, whatever the filter. */
    static final int MAX_SCANNED = 1_000;

    private static final Pattern FILE_NAME = Pattern.compile("sms-\\d{19}-[0-9a-f]{8}\\.json");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    public DevOutbox(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** A message as written: full number and text, because this is what the demo needs to read. */
    public record Entry(String id, String to, String text, String reference, Instant time) {
    }

    /** Writes the message atomically (readers never see half a file) and returns its id. */
    public String write(SmsMessage message, Instant time) throws IOException {
        Files.createDirectories(directory);
        long nanos = time.getEpochSecond() * 1_000_000_000L + time.getNano();
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        String id = "sms-%019d-%s".formatted(nanos, HexFormat.of().formatHex(random));

        Map<String, String> json = new LinkedHashMap<>();
        json.put("to", message.to());
        json.put("text", message.text());
        json.put("reference", message.reference());
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
     * @param to    only messages to this number, or all when {@code null}
     * @param limit how many at most
     */
    public List<Entry> recent(String to, int limit) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory,
                path -> FILE_NAME.matcher(path.getFileName().toString()).matches())) {
            stream.forEach(files::add);
        }
        files.sort(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed());

        List<Entry> entries = new ArrayList<>();
        for (Path file : files.subList(0, Math.min(files.size(), MAX_SCANNED))) {
            if (entries.size() >= limit) {
                break;
            }
            Entry entry = read(file);
            if (entry != null && (to == null || to.equals(entry.to()))) {
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
                    node.path("text").asText(), node.path("reference").asText(),
                    Instant.parse(node.path("time").asText()));
        } catch (IOException | RuntimeException e) {
            return null; // deleted meanwhile, or not ours
        }
    }
}
