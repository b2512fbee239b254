package org.bawaba.registry.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.bawaba.spi.registry.IdentifierKind;
import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.IdentityRegistryProvider;
import org.bawaba.spi.registry.Question;
import org.bawaba.spi.registry.RegisteredPerson;
import org.bawaba.spi.registry.RegistryUnavailableException;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * The reference registry: people in a table of Keycloak's own database. A person is found only when the identifier,
 * the national ID and the birth date all match one row; answers are checked by {@link AnswerCheck}, after the same
 * query whether or not the person exists. Logs nothing about any person.
 */
final class ReferenceRegistryProvider implements IdentityRegistryProvider {

    private static final Logger LOG = Logger.getLogger(ReferenceRegistryProvider.class);

    private final KeycloakSession session;
    /** Null when the server has no hash key: every call is then unavailable. */
    private final AnswerHasher hasher;

    ReferenceRegistryProvider(KeycloakSession session, AnswerHasher hasher) {
        this.session = session;
        this.hasher = hasher;
    }

    @Override
    public Optional<RegisteredPerson> find(Identification identification) throws RegistryUnavailableException {
        return Optional.ofNullable(lookUp(identification)).map(RegistryPersonEntity::toRegisteredPerson);
    }

    @Override
    public boolean answersMatch(Identification identification, Map<Question, String> answers)
            throws RegistryUnavailableException {
        RegistryPersonEntity person = lookUp(identification);
        return new AnswerCheck(hasher).matches(identification.kind(),
                person == null ? null : person.storedAnswers(), answers);
    }

    /** The one row the identification names, or null: one query, whatever the outcome. */
    private RegistryPersonEntity lookUp(Identification identification) throws RegistryUnavailableException {
        if (hasher == null) {
            throw new RegistryUnavailableException("reference registry not configured (no hash key)");
        }
        boolean byRegistration = identification.kind() == IdentifierKind.REGISTRATION_NUMBER;
        // The employer identifier is held only as its keyed hash; one that cannot be right hashes to the placeholder.
        String identifier = byRegistration ? identification.identifier()
                : hasher.hashOrPlaceholder(Question.EMPLOYER_ID, identification.identifier());
        List<RegistryPersonEntity> rows;
        try {
            TypedQuery<RegistryPersonEntity> query = session.getProvider(JpaConnectionProvider.class).getEntityManager()
                    .createNamedQuery(byRegistration ? RegistryPersonEntity.FIND_BY_REGISTRATION_NUMBER
                            : RegistryPersonEntity.FIND_BY_EMPLOYER_ID, RegistryPersonEntity.class)
                    .setParameter("identifier", identifier)
                    .setParameter("nationalId", identification.nationalId())
                    .setParameter("birthDate", identification.birthDate())
                    .setMaxResults(2);
            rows = query.getResultList();
        } catch (PersistenceException e) {
            throw new RegistryUnavailableException("reference registry query failed ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (rows.size() > 1) {
            // Two people with the same employer identifier, national ID and birth date: a data error. No partial or
            // ambiguous match is ever reported.
            LOG.warn("bawaba-identity-registry reference: one identification matches several records; treated as "
                    + "no match (fix the registry data)");
            return null;
        }
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public void close() {
    }
}
