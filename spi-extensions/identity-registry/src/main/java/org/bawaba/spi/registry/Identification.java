package org.bawaba.spi.registry;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a person types to say who they are: one identifier (registration number or employer identifier), the
 * national ID number and the birth date. Values are kept normalised: upper case, without spaces.
 */
public record Identification(IdentifierKind kind, String identifier, String nationalId, LocalDate birthDate) {

    public Identification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(birthDate, "birthDate");
        identifier = normalize(identifier);
        nationalId = normalize(nationalId);
        if (identifier.isEmpty() || nationalId.isEmpty()) {
            throw new IllegalArgumentException("identifier and national ID are required");
        }
    }

    public static String normalize(String value) {
        return value == null ? "" : value.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** One line, for the authentication session (values the person typed, never registry data): kind|id|nid|date. */
    public String serialize() {
        return kind.name() + "|" + identifier + "|" + nationalId + "|" + birthDate;
    }

    public static Identification parse(String serialized) {
        String[] parts = serialized.split("\\|", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an identification");
        }
        return new Identification(IdentifierKind.valueOf(parts[0]), parts[1], parts[2], LocalDate.parse(parts[3]));
    }

    @Override
    public String toString() {
        // Never printed in full: these identify a person.
        return "Identification[" + kind + "]";
    }
}
