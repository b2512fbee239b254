package org.bawaba.eid.verifier.aa;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;

import org.bawaba.eid.verifier.crypto.BouncyCastle;

/**
 * Verifies a chip's Active Authentication answer (ICAO 9303-11 section 6.1) over the challenge the server issued.
 * RSA: ISO/IEC 9796-2 digital signature scheme 1 with partial message recovery, the hash named by the trailer
 * (0xBC: SHA-1 implicit; 0x..CC: the hash identifier of ISO/IEC 10118). ECDSA: plain r||s (BSI TR-03111), the hash
 * named by the ActiveAuthenticationInfo of DG14.
 */
public final class ActiveAuthenticationVerifier {

    public static final int CHALLENGE_LENGTH = 8;

    private static final Map<Integer, String> ISO10118_HASH_IDS = Map.of(
            0x31, "RIPEMD160",
            0x33, "SHA-1",
            0x34, "SHA-256",
            0x35, "SHA-512",
            0x36, "SHA-384",
            0x38, "SHA-224");

    private static final Map<String, String> ECDSA_PLAIN_OIDS = Map.of(
            "0.4.0.127.0.7.1.1.4.1.1", "SHA1withPLAIN-ECDSA",
            "0.4.0.127.0.7.1.1.4.1.2", "SHA224withPLAIN-ECDSA",
            "0.4.0.127.0.7.1.1.4.1.3", "SHA256withPLAIN-ECDSA",
            "0.4.0.127.0.7.1.1.4.1.4", "SHA384withPLAIN-ECDSA",
            "0.4.0.127.0.7.1.1.4.1.5", "SHA512withPLAIN-ECDSA",
            "0.4.0.127.0.7.1.1.4.1.6", "RIPEMD160withPLAIN-ECDSA");

    private ActiveAuthenticationVerifier() {
    }

    /**
     * @param ecdsaAlgorithmOid the signature algorithm OID from DG14's ActiveAuthenticationInfo (EC keys only)
     * @return null when the answer verifies, otherwise why not (never personal data)
     */
    public static String problem(PublicKey key, String ecdsaAlgorithmOid, byte[] challenge, byte[] response) {
        if (challenge == null || challenge.length != CHALLENGE_LENGTH) {
            return "challenge must be " + CHALLENGE_LENGTH + " bytes";
        }
        if (response == null || response.length == 0) {
            return "empty answer";
        }
        try {
            if (key instanceof RSAPublicKey rsa) {
                return iso9796Part2Problem(rsa, challenge, response);
            }
            if (key instanceof ECPublicKey) {
                String algorithm = ecdsaAlgorithmOid == null ? null : ECDSA_PLAIN_OIDS.get(ecdsaAlgorithmOid);
                if (algorithm == null) {
                    return "no supported ECDSA algorithm in DG14's ActiveAuthenticationInfo";
                }
                Signature signature = Signature.getInstance(algorithm, BouncyCastle.provider());
                signature.initVerify(key);
                signature.update(challenge);
                return signature.verify(response) ? null : "ECDSA signature does not verify";
            }
            return "unsupported Active Authentication key type";
        } catch (GeneralSecurityException | RuntimeException e) {
            return "answer does not verify: " + e.getClass().getSimpleName();
        }
    }

    private static String iso9796Part2Problem(RSAPublicKey key, byte[] challenge, byte[] response)
            throws GeneralSecurityException {
        BigInteger n = key.getModulus();
        int blockLength = (n.bitLength() + 7) / 8;
        if (response.length > blockLength) {
            return "answer longer than the modulus";
        }
        BigInteger s = new BigInteger(1, response);
        if (s.signum() == 0 || s.compareTo(n) >= 0) {
            return "answer out of range";
        }
        BigInteger j = s.modPow(key.getPublicExponent(), n);
        if ((j.intValue() & 0x0F) != 0x0C) {
            j = n.subtract(j);   // ISO 9796-2 allows the signer to return min(s, n - s)
        }
        if ((j.intValue() & 0x0F) != 0x0C) {
            return "no ISO 9796-2 trailer";
        }
        byte[] block = unsigned(j, blockLength);
        int last = block[blockLength - 1] & 0xFF;
        String hashName;
        int trailerLength;
        if (last == 0xBC) {
            hashName = "SHA-1";
            trailerLength = 1;
        } else if (last == 0xCC) {
            hashName = ISO10118_HASH_IDS.get(block[blockLength - 2] & 0xFF);
            trailerLength = 2;
            if (hashName == null) {
                return "unsupported hash identifier in the trailer";
            }
        } else {
            return "no ISO 9796-2 trailer";
        }
        int header = block[0] & 0xFF;
        if ((header & 0xC0) != 0x40) {
            return "bad ISO 9796-2 header";
        }
        if ((header & 0x20) == 0) {
            return "ICAO Active Authentication uses partial message recovery";
        }
        int m1Start;
        if ((header & 0x0F) == 0x0A) {
            m1Start = 1;
        } else if ((header & 0x0F) == 0x0B) {
            int i = 1;
            while (i < blockLength && (block[i] & 0xFF) == 0xBB) {
                i++;
            }
            if (i >= blockLength || (block[i] & 0xFF) != 0xBA) {
                return "bad ISO 9796-2 padding";
            }
            m1Start = i + 1;
        } else {
            return "bad ISO 9796-2 padding";
        }
        MessageDigest digest = MessageDigest.getInstance(hashName, BouncyCastle.provider());
        int hashStart = blockLength - trailerLength - digest.getDigestLength();
        if (hashStart < m1Start) {
            return "block too short for its hash";
        }
        digest.update(block, m1Start, hashStart - m1Start);
        digest.update(challenge);
        byte[] expected = digest.digest();
        byte[] recovered = java.util.Arrays.copyOfRange(block, hashStart, hashStart + expected.length);
        return MessageDigest.isEqual(expected, recovered) ? null : "hash of M1 || challenge does not match";
    }

    private static byte[] unsigned(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }
}
