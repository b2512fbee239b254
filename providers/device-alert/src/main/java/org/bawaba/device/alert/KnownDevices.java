package org.bawaba.device.alert;

import java.util.ArrayList;
import java.util.List;

/**
 * The browsers an account signed in from (their fingerprints, most recent first, at most a set number), and whether a
 * sign-in from a browser is unusual: one the account never used, when it already used others. An account's very first
 * sign-in only teaches it its first browser.
 */
public record KnownDevices(List<String> devices, boolean changed, boolean unusual) {

    public static KnownDevices afterSignIn(List<String> known, String fingerprint, int maxDevices) {
        if (!known.isEmpty() && known.get(0).equals(fingerprint) && known.size() <= maxDevices) {
            return new KnownDevices(known, false, false);
        }
        boolean unusual = !known.isEmpty() && !known.contains(fingerprint);
        List<String> devices = new ArrayList<>(maxDevices);
        devices.add(fingerprint);
        known.stream().filter(device -> !device.equals(fingerprint)).distinct().limit(maxDevices - 1L).forEach(devices::add);
        return new KnownDevices(List.copyOf(devices), true, unusual);
    }
}
