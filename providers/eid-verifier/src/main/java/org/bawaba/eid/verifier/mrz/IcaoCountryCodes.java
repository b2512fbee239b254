package org.bawaba.eid.verifier.mrz;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps MRZ issuing-state codes (ICAO alpha-3, with ICAO's own exceptions) to the ISO 3166 alpha-2 codes that CSCA
 * and DS certificates carry.
 */
public final class IcaoCountryCodes {

    private static final Map<String, String> ALPHA3_TO_ALPHA2 = build();

    private IcaoCountryCodes() {
    }

    /** The alpha-2 code, or null for codes without a country (e.g. UNO, XXA). */
    public static String toAlpha2(String mrzCode) {
        return mrzCode == null ? null : ALPHA3_TO_ALPHA2.get(mrzCode.toUpperCase(Locale.ROOT));
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            try {
                map.put(new Locale("", alpha2).getISO3Country(), alpha2);
            } catch (java.util.MissingResourceException e) {
                // no alpha-3 for this code
            }
        }
        // ICAO 9303-3 codes that differ from ISO 3166-1 alpha-3.
        map.put("D", "DE");
        map.put("GBD", "GB");
        map.put("GBN", "GB");
        map.put("GBO", "GB");
        map.put("GBP", "GB");
        map.put("GBS", "GB");
        map.put("RKS", "XK");
        return Map.copyOf(map);
    }
}
