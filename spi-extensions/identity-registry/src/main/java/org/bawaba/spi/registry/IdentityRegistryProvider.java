package org.bawaba.spi.registry;

import java.util.Map;
import java.util.Optional;

import org.keycloak.provider.Provider;

/**
 * A registry of people. The secret values it holds (bank account digits, civil-status number, employer identifier)
 * never leave it: callers learn only whether what a person typed matches.
 *
 * <p>Implementations must take the same time, within noise, whether or not the identification names someone, so
 * that response times do not tell a stranger who is registered: {@link #answersMatch} does the same work for an
 * unknown person as for a known one, and compares in constant time.
 */
public interface IdentityRegistryProvider extends Provider {

    /**
     * The person these identifiers name, or empty if none. Empty also when the identifiers name a person only in
     * part (the right ID number with another birth date): no partial match is ever reported.
     */
    Optional<RegisteredPerson> find(Identification identification) throws RegistryUnavailableException;

    /**
     * Whether every answer matches the records of the person {@code identification} names. False, after the same
     * work, for an unknown person; false when an answer is missing. Never says which answer was wrong.
     */
    boolean answersMatch(Identification identification, Map<Question, String> answers) throws RegistryUnavailableException;
}
