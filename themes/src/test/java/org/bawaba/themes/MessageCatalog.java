package org.bawaba.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.stream.Stream;

/**
 * Every message file people read, read from the source tree as Keycloak reads them (PropertyResourceBundle: UTF-8,
 * \\u escapes): the login and email themes, each module's theme-resources (merged by Keycloak into every theme), and the
 * demo sites (plain {@code {0}} replacement, not MessageFormat).
 */
final class MessageCatalog {

    static final List<String> LANGUAGES = List.of("fr", "ar", "en");

    /** One message file: where it is, how it is formatted, and its messages in file order. */
    record MessageFile(Path path, String language, boolean messageFormat, Map<String, String> messages) {
        @Override
        public String toString() {
            return ROOT.relativize(path).toString();
        }
    }

    static final Path ROOT = findRoot();
    static final Path LOGIN_THEME = ROOT.resolve("themes/src/main/resources/theme/bawaba/login");
    static final Path EMAIL_THEME = ROOT.resolve("themes/src/main/resources/theme/bawaba/email");
    static final Path DEMO = ROOT.resolve("demo-relying-parties/src/main/resources/messages");

    private MessageCatalog() {
    }

    /** The modules' theme-resources folders (providers/*), which Keycloak adds to every theme's messages. */
    static List<Path> themeResources() {
        try (Stream<Path> modules = Files.list(ROOT.resolve("providers"))) {
            return modules.map(module -> module.resolve("src/main/resources/theme-resources"))
                    .filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files that make up the login theme's messages in one language (theme files override modules' ones). */
    static List<MessageFile> loginTheme(String language) {
        List<MessageFile> files = new ArrayList<>(modules(language));
        files.add(themeFile(LOGIN_THEME.resolve("messages/messages_" + language + ".properties"), language));
        return files;
    }

    static List<MessageFile> emailTheme(String language) {
        List<MessageFile> files = new ArrayList<>(modules(language));
        files.add(themeFile(EMAIL_THEME.resolve("messages/messages_" + language + ".properties"), language));
        return files;
    }

    /** Every message file of one language, each once. */
    static List<MessageFile> all(String language) {
        List<MessageFile> files = new ArrayList<>(modules(language));
        files.add(themeFile(LOGIN_THEME.resolve("messages/messages_" + language + ".properties"), language));
        files.add(themeFile(EMAIL_THEME.resolve("messages/messages_" + language + ".properties"), language));
        files.add(demoFile(language));
        return files;
    }

    static Map<String, String> merged(List<MessageFile> files) {
        Map<String, String> merged = new LinkedHashMap<>();
        files.forEach(file -> merged.putAll(file.messages()));
        return merged;
    }

    private static List<MessageFile> modules(String language) {
        return themeResources().stream()
                .map(resources -> resources.resolve("messages/messages_" + language + ".properties"))
                .filter(Files::exists)
                .map(path -> themeFile(path, language))
                .toList();
    }

    private static MessageFile themeFile(Path path, String language) {
        Map<String, String> messages = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(path)) {
            PropertyResourceBundle bundle = new PropertyResourceBundle(in);
            for (String key : keysInFileOrder(path)) {
                messages.put(key, bundle.getString(key));
            }
            for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                messages.putIfAbsent(key, bundle.getString(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MessageFile(path, language, true, Collections.unmodifiableMap(messages));
    }

    private static MessageFile demoFile(String language) {
        Path path = DEMO.resolve("messages_" + language + ".properties");
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> messages = new LinkedHashMap<>();
        keysInFileOrder(path).forEach(key -> messages.put(key, properties.getProperty(key)));
        return new MessageFile(path, language, false, Collections.unmodifiableMap(messages));
    }

    private static List<String> keysInFileOrder(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).trim())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("providers")) && Files.isDirectory(dir.resolve("themes")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the Bawaba source tree");
        }
        return dir;
    }
}
