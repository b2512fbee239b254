package org.bawaba.registry.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * Loads a CSV file into the reference registry's table: every row is inserted, or updated in place when its
 * registration number is already there (the person keeps their personId). Rows the file no longer has are kept.
 * Loading the same file twice changes nothing.
 */
final class RegistryLoader {

    /** Rows written between two flushes, so a large file does not fill the persistence context. */
    private static final int BATCH = 200;

    record Result(int read, int inserted, int updated) {
    }

    private final RegistryCsv csv;

    RegistryLoader(AnswerHasher hasher) {
        this.csv = new RegistryCsv(hasher);
    }

    /**
     * Reads the whole file within the caller's transaction: a bad row throws, and the caller's rollback leaves the
     * table as it was.
     *
     * @throws CsvFormatException at the first bad row (line and column, never the value), or a line not in UTF-8
     * @throws IOException        when the file cannot be read
     */
    Result load(Path file, EntityManager em) throws IOException {
        // Inserted, updated, handed on since the last flush.
        int[] counts = new int[3];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = csv.read(in, person -> {
                RegistryPersonEntity row = em.createNamedQuery(RegistryPersonEntity.BY_REGISTRATION_NUMBER,
                                RegistryPersonEntity.class)
                        .setParameter("registrationNumber", person.registrationNumber())
                        .getResultStream().findFirst().orElse(null);
                if (row == null) {
                    row = new RegistryPersonEntity(UUID.randomUUID().toString());
                    row.update(person);
                    em.persist(row);
                    counts[0]++;
                } else if (!row.holds(person)) {
                    row.update(person);
                    counts[1]++;
                }
                if (++counts[2] == BATCH) {
                    em.flush();
                    em.clear();
                    counts[2] = 0;
                }
            });
        }
        em.flush();
        return new Result(read, counts[0], counts[1]);
    }
}
