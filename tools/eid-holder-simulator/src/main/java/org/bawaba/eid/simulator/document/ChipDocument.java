package org.bawaba.eid.simulator.document;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a chip holds, as raw bytes in the real format: EF.SOD and data groups keyed by number. Defensive copies
 * everywhere: tests mutate the bytes they get.
 */
public final class ChipDocument {

    private final DocumentSpec spec;
    private final byte[] sod;
    private final Map<Integer, byte[]> dataGroups;
    private final ActiveAuthenticationChip chip;

    public ChipDocument(DocumentSpec spec, byte[] sod, Map<Integer, byte[]> dataGroups, ActiveAuthenticationChip chip) {
        this.spec = spec;
        this.sod = sod.clone();
        TreeMap<Integer, byte[]> copy = new TreeMap<>();
        dataGroups.forEach((number, bytes) -> copy.put(number, bytes.clone()));
        this.dataGroups = Collections.unmodifiableMap(copy);
        this.chip = chip;
    }

    public DocumentSpec spec() {
        return spec;
    }

    public byte[] sod() {
        return sod.clone();
    }

    /** Copies of the data groups, in number order. */
    public Map<Integer, byte[]> dataGroups() {
        TreeMap<Integer, byte[]> copy = new TreeMap<>();
        dataGroups.forEach((number, bytes) -> copy.put(number, bytes.clone()));
        return copy;
    }

    public byte[] dataGroup(int number) {
        byte[] bytes = dataGroups.get(number);
        return bytes == null ? null : bytes.clone();
    }

    public Optional<ActiveAuthenticationChip> activeAuthenticationChip() {
        return Optional.ofNullable(chip);
    }

    /** The chip's answer to a challenge, or empty when it has no Active Authentication key. */
    public Optional<byte[]> answerChallenge(byte[] challenge) {
        return activeAuthenticationChip().map(c -> c.answer(challenge));
    }

    /** A presentation of this document with the chip's genuine answer to {@code challenge}. */
    public Presentation present(byte[] challenge) {
        return new Presentation(sod, dataGroups, challenge, answerChallenge(challenge).orElse(null));
    }
}
