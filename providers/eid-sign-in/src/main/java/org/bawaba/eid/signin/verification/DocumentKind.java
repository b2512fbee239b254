package org.bawaba.eid.signin.verification;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.bawaba.eid.verifier.identity.DocumentType;
import org.bawaba.eid.verifier.identity.ExtractedIdentity;

/**
 * What kind of travel or identity document a chip belongs to, from its authenticated DG1 (the verifier's
 * {@link DocumentType}; an identity card held by a national of another state than its issuer is a residence permit). A journey that asked for one kind refuses the others.
 */
public enum DocumentKind {
    PASSPORT,
    IDENTITY_CARD,
    RESIDENCE_PERMIT,
    OTHER;

    public static DocumentKind of(ExtractedIdentity identity) {
        DocumentType type = identity.documentType() != null ? identity.documentType()
                : DocumentType.fromDocumentCode(identity.documentCode());
        return switch (type) {
            case PASSPORT -> PASSPORT;
            case RESIDENCE_PERMIT -> RESIDENCE_PERMIT;
            case ID_CARD -> identity.issuingState() != null && identity.issuingState().equals(identity.nationality())
                    ? IDENTITY_CARD : RESIDENCE_PERMIT;
            case OTHER -> OTHER;
        };
    }

    /** "IDENTITY_CARD,RESIDENCE_PERMIT" and back; empty means any kind. */
    public static String join(Collection<DocumentKind> kinds) {
        return String.join(",", kinds.stream().map(Enum::name).toList());
    }

    public static Set<DocumentKind> parse(String joined) {
        Set<DocumentKind> kinds = new LinkedHashSet<>();
        if (joined != null) {
            for (String part : joined.split(",")) {
                if (!part.isBlank()) {
                    kinds.add(valueOf(part.trim().toUpperCase(Locale.ROOT)));
                }
            }
        }
        return kinds.isEmpty() ? EnumSet.allOf(DocumentKind.class) : kinds;
    }
}
