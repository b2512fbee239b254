package org.bawaba.eid.simulator.document;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;

import org.bawaba.eid.simulator.pki.BouncyCastle;
import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

/** The chip's Active Authentication key: it signs the terminal's challenge as a genuine chip would. */
public final class ActiveAuthenticationChip {

    private final ActiveAuthenticationKind kind;
    private final KeyPair keyPair;
    private final SecureRandom random;

    public ActiveAuthenticationChip(ActiveAuthenticationKind kind, KeyPair keyPair, SecureRandom random) {
        if (kind == ActiveAuthenticationKind.NONE) {
            throw new IllegalArgumentException("no key for NONE");
        }
        this.kind = kind;
        this.keyPair = keyPair;
        this.random = random;
    }

    public static ActiveAuthenticationChip generate(ActiveAuthenticationKind kind, SecureRandom random) {
        KeyPair keys = switch (kind) {
            case RSA_1024_SHA1 -> KeyAlgorithm.rsa(1024, random);
            case RSA_2048_SHA256 -> KeyAlgorithm.rsa(2048, random);
            case ECDSA_BRAINPOOL_P256_SHA256 -> KeyAlgorithm.ec("brainpoolP256r1", random);
            case NONE -> throw new IllegalArgumentException("no key for NONE");
        };
        return new ActiveAuthenticationChip(kind, keys, random);
    }

    public ActiveAuthenticationKind kind() {
        return kind;
    }

    public KeyPair keyPair() {
        return keyPair;
    }

    /** INTERNAL AUTHENTICATE: the chip's answer to an 8-byte challenge. */
    public byte[] answer(byte[] challenge) {
        try {
            return switch (kind) {
                case RSA_1024_SHA1 -> iso9796Part2(challenge, new SHA1Digest(), true);
                case RSA_2048_SHA256 -> iso9796Part2(challenge, new SHA256Digest(), false);
                case ECDSA_BRAINPOOL_P256_SHA256 -> ecdsaPlain(challenge);
                case NONE -> throw new IllegalStateException();
            };
        } catch (GeneralSecurityException | IOException | CryptoException e) {
            throw new IllegalStateException("the simulated chip could not sign", e);
        }
    }

    /** ISO/IEC 9796-2 scheme 1, partial recovery: a random M1 that fills the block, M2 = the challenge. */
    private byte[] iso9796Part2(byte[] challenge, Digest digest, boolean implicitTrailer)
            throws IOException, CryptoException {
        AsymmetricKeyParameter key = PrivateKeyFactory.createKey(keyPair.getPrivate().getEncoded());
        ISO9796d2Signer signer = new ISO9796d2Signer(new RSABlindedEngine(), digest, implicitTrailer);
        signer.init(true, key);
        int blockBytes = (rsaBits() + 7) / 8;
        int recoverable = blockBytes - digest.getDigestSize() - (implicitTrailer ? 2 : 3);
        byte[] m1 = new byte[recoverable];
        random.nextBytes(m1);
        signer.update(m1, 0, m1.length);
        signer.update(challenge, 0, challenge.length);
        return signer.generateSignature();
    }

    private int rsaBits() {
        return ((java.security.interfaces.RSAKey) keyPair.getPublic()).getModulus().bitLength();
    }

    private byte[] ecdsaPlain(byte[] challenge) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withPLAIN-ECDSA", BouncyCastle.provider());
        signature.initSign(keyPair.getPrivate(), random);
        signature.update(challenge);
        return signature.sign();
    }
}
