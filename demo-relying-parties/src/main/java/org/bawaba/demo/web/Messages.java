package org.bawaba.demo.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** The pages' texts, from messages/messages_{fr,ar,en}.properties (UTF-8). A missing key shows as itself. */
public final class Messages {

    private final Map<Language, Properties> texts = new EnumMap<>(Language.class);

    public Messages() {
        for (Language language : Language.values()) {
            texts.put(language, load("messages/messages_" + language.tag() + ".properties"));
        }
    }

    public String get(Language language, String key) {
        String text = texts.get(language).getProperty(key);
        return text != null ? text : key;
    }

    public String get(Language language, String key, String argument) {
        return get(language, key).replace("{0}", argument);
    }

    public boolean has(Language language, String key) {
        return texts.get(language).containsKey(key);
    }

    Set<String> keys(Language language) {
        return texts.get(language).stringPropertyNames();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
