package org.bawaba.eid.simulator.document;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the holder's phone sends to the broker: the chip's files and, when AA was done, the challenge the server
 * issued and the chip's answer. {@code challenge} and {@code aaResponse} may be null.
 */
public record Presentation(byte[] sod, Map<Integer, byte[]> dataGroups, byte[] challenge, byte[] aaResponse) {

    public Presentation {
        sod = sod.clone();
        TreeMap<Integer, byte[]> copy = new TreeMap<>();
        dataGroups.forEach((number, bytes) -> copy.put(number, bytes.clone()));
        dataGroups = Collections.unmodifiableMap(copy);
        challenge = challenge == null ? null : challenge.clone();
        aaResponse = aaResponse == null ? null : aaResponse.clone();
    }

    @Override
    public byte[] sod() {
        return sod.clone();
    }

    @Override
    public Map<Integer, byte[]> dataGroups() {
        TreeMap<Integer, byte[]> copy = new TreeMap<>();
        dataGroups.forEach((number, bytes) -> copy.put(number, bytes.clone()));
        return copy;
    }

    @Override
    public byte[] challenge() {
        return challenge == null ? null : challenge.clone();
    }

    @Override
    public byte[] aaResponse() {
        return aaResponse == null ? null : aaResponse.clone();
    }
}
