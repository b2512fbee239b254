package org.bawaba.device.alert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The browsers an account signed in from (their fingerprints, most recent first, at most a set number), and whether a
 * sign-in from a browser is unusual: one the account never used, when it already used others. An account's very first
 * sign-in only teaches it its first browser.
 *
 * <p>Keycloak keeps an attribute's values as a set (their order is the database's), and the chooser looks accounts up
 * by one bare fingerprint, so the order lives beside them: {@link #ORDER_ATTRIBUTE}, one value, the same fingerprints
 * joined by commas, most recent first.
 */
public record KnownDevices(List<String> devices, boolean changed, boolean unusual) {

    /** User attribute: the fingerprints of {@code bawaba_devices}, most recent first, joined by commas. */
    public static final String ORDER_ATTRIBUTE = "bawaba_devices_order";

    /**
     * @param known the account's fingerprints, in any order
     * @param order the account's {@link #ORDER_ATTRIBUTE}, or null
     */
    public static KnownDevices afterSignIn(List<String> known, String order, String fingerprint, int maxDevices) {
        List<String> ordered = ordered(known, order);
        boolean unusual = !ordered.isEmpty() && !ordered.contains(fingerprint);
        List<String> devices = new ArrayList<>(maxDevices);
        devices.add(fingerprint);
        ordered.stream().filter(device -> !device.equals(fingerprint)).limit(maxDevices - 1L).forEach(devices::add);
        boolean changed = !devices.equals(ordered) || !String.join(",", devices).equals(order);
        return new KnownDevices(List.copyOf(devices), changed, unusual);
    }

    /** The order as written, then what the order does not name (edited by hand, or written before it existed). */
    static List<String> ordered(List<String> known, String order) {
        Set<String> set = new LinkedHashSet<>(known);
        Set<String> ordered = new LinkedHashSet<>();
        if (order != null && !order.isBlank()) {
            Arrays.stream(order.split(",")).filter(set::contains).forEach(ordered::add);
        }
        ordered.addAll(set);
        return List.copyOf(ordered);
    }

    public String order() {
        return String.join(",", devices);
    }
}
