package org.bawaba.eid.simulator.app;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A transaction as {@code GET /transaction} describes it: who asks, the code the browser shows too, what to read
 * from the chip, and the fresh Active Authentication challenge (single use: each fetch issues a new one).
 *
 * @param service              the name of the service the person signs in to, in the sign-in page's language
 * @param confirmationCode     {@code "123 456"}: the person checks that the browser shows the same
 * @param locale               the sign-in page's language (fr, ar, en), or null when the server names none
 * @param challenge            the 8 bytes the chip signs (INTERNAL AUTHENTICATE)
 * @param dataGroups           the data groups to read and send, in number order
 * @param activeAuthentication whether to answer the challenge with the chip
 * @param selfie               whether to take and send a selfie
 * @param purpose              "sign-in" or "enrolment" (the app says which), or null from a server that names none
 * @param pin                  whether the person unlocks the card with its PIN (the simulator's chips need none)
 * @param documents            the kinds of document accepted (passport, identity-card, residence-permit); empty: any
 */
public record Transaction(String service, String confirmationCode, String locale, Instant expiresAt,
        byte[] challenge, Set<Integer> dataGroups, boolean activeAuthentication, boolean selfie, Limits limits,
        String purpose, boolean pin, Set<String> documents) {

    /**
     * What the server accepts, and how many presentations it still takes.
     *
     * @param maxRequestBytes   the largest request body
     * @param maxDataGroupBytes the largest data group (decoded)
     * @param maxSelfieBytes    the largest selfie (decoded)
     * @param attemptsLeft      presentations the transaction still accepts
     */
    public record Limits(int maxRequestBytes, int maxDataGroupBytes, int maxSelfieBytes, int attemptsLeft) {
    }

    public Transaction {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(limits, "limits");
        challenge = challenge.clone();
        dataGroups = Collections.unmodifiableSortedSet(new TreeSet<>(dataGroups));
        documents = documents == null ? Set.of() : Set.copyOf(documents);
    }

    @Override
    public byte[] challenge() {
        return challenge.clone();
    }
}
