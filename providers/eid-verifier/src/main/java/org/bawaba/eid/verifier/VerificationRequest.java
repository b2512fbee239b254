package org.bawaba.eid.verifier;

import java.util.Map;

/**
 * What the holder's phone read from the chip, as raw bytes, plus the Active Authentication exchange.
 *
 * @param sod                  EF.SOD as read (tag 0x77)
 * @param dataGroups           raw data group files keyed by number (1 = DG1, ...)
 * @param activeAuthentication the challenge the server issued (from the server's own state, never from the client)
 *                             and the chip's answer; null when no AA was performed
 */
public record VerificationRequest(byte[] sod, Map<Integer, byte[]> dataGroups,
        ActiveAuthenticationExchange activeAuthentication) {

    /** @param challenge the 8-byte challenge the server issued; @param response the chip's signature */
    public record ActiveAuthenticationExchange(byte[] challenge, byte[] response) {
    }

    public static VerificationRequest of(byte[] sod, Map<Integer, byte[]> dataGroups) {
        return new VerificationRequest(sod, dataGroups, null);
    }

    public VerificationRequest withActiveAuthentication(byte[] challenge, byte[] response) {
        return new VerificationRequest(sod, dataGroups, new ActiveAuthenticationExchange(challenge, response));
    }
}
