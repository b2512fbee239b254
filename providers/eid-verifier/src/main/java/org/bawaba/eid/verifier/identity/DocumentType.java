package org.bawaba.eid.verifier.identity;

/** Coarse document kind from the MRZ document code (ICAO 9303-5/6/4). */
public enum DocumentType {
    PASSPORT,
    ID_CARD,
    RESIDENCE_PERMIT,
    OTHER;

    /**
     * P* is a passport; I*, A*, C* are official travel/identity documents of which a second letter R (or the
     * codes "RP" used by some states) marks a residence permit.
     */
    public static DocumentType fromDocumentCode(String code) {
        if (code == null || code.isEmpty()) {
            return OTHER;
        }
        char first = code.charAt(0);
        char second = code.length() > 1 ? code.charAt(1) : '<';
        if (first == 'P') {
            return PASSPORT;
        }
        if (first == 'I' || first == 'A' || first == 'C') {
            return second == 'R' ? RESIDENCE_PERMIT : ID_CARD;
        }
        if ("RP".equals(code)) {
            return RESIDENCE_PERMIT;
        }
        return OTHER;
    }
}
