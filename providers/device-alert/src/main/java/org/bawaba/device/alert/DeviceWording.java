package org.bawaba.device.alert;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.keycloak.representations.account.DeviceRepresentation;

/**
 * The browser and system of a sign-in in plain words, from what Keycloak reads of the User-Agent
 * ({@link DeviceRepresentation}: "Chrome Mobile/120.0.6099", "Mac OS X"): the family a person recognises, never a
 * version, or nothing when it is not one of the common ones (the mail then says "another browser").
 */
public record DeviceWording(Optional<String> browser, Optional<String> system) {

    /** Families as ua-parser names them, most specific first; the words a person knows them by. */
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("edge", "Microsoft Edge"),
            Map.entry("samsung internet", "Samsung Internet"),
            Map.entry("opera", "Opera"),
            Map.entry("yandex", "Yandex Browser"),
            Map.entry("firefox", "Firefox"),
            Map.entry("chrom", "Chrome"),
            Map.entry("safari", "Safari"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("windows", "Windows"),
            Map.entry("ipados", "iPadOS"),
            Map.entry("ios", "iOS"),
            Map.entry("mac os", "macOS"),
            Map.entry("android", "Android"),
            Map.entry("chrome os", "ChromeOS"),
            Map.entry("ubuntu", "Linux"),
            Map.entry("fedora", "Linux"),
            Map.entry("debian", "Linux"),
            Map.entry("linux", "Linux"));

    public static DeviceWording of(DeviceRepresentation device) {
        if (device == null) {
            return new DeviceWording(Optional.empty(), Optional.empty());
        }
        return of(device.getBrowser(), device.getOs());
    }

    /** @param browser ua-parser's family, optionally followed by "/" and a version; @param system its OS family */
    public static DeviceWording of(String browser, String system) {
        String family = browser == null ? "" : browser.split("/", 2)[0];
        return new DeviceWording(known(family, BROWSERS), known(system, SYSTEMS));
    }

    private static Optional<String> known(String family, List<Map.Entry<String, String>> words) {
        if (family == null) {
            return Optional.empty();
        }
        String lower = family.toLowerCase(Locale.ROOT);
        return words.stream().filter(entry -> lower.contains(entry.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
