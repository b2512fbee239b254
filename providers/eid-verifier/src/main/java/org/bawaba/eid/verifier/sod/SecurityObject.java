package org.bawaba.eid.verifier.sod;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.bawaba.eid.verifier.crypto.BouncyCastle;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A parsed EF.SOD: the data group hashes it signs, the digest algorithm, the document signer certificate it
 * carries and its signing time, if any.
 */
public final class SecurityObject {

    private final String digestAlgorithm;
    private final Map<Integer, byte[]> dataGroupHashes;
    private final X509Certificate documentSigner;
    private final Instant signingTime;
    private final SignerInformation signerInformation;

    SecurityObject(String digestAlgorithm, Map<Integer, byte[]> dataGroupHashes, X509Certificate documentSigner,
            Instant signingTime, SignerInformation signerInformation) {
        this.digestAlgorithm = digestAlgorithm;
        this.dataGroupHashes = Map.copyOf(dataGroupHashes);
        this.documentSigner = documentSigner;
        this.signingTime = signingTime;
        this.signerInformation = signerInformation;
    }

    /** JCA name of the digest the data group hashes use, e.g. SHA-256. */
    public String digestAlgorithm() {
        return digestAlgorithm;
    }

    public Map<Integer, byte[]> dataGroupHashes() {
        return dataGroupHashes;
    }

    public boolean covers(int dataGroup) {
        return dataGroupHashes.containsKey(dataGroup);
    }

    public Optional<X509Certificate> documentSigner() {
        return Optional.ofNullable(documentSigner);
    }

    public Optional<Instant> signingTime() {
        return Optional.ofNullable(signingTime);
    }

    /**
     * Verifies the CMS signature (signed attributes, message digest over the encapsulated content, and the
     * signature itself, PSS included) with the DS certificate's public key, through BouncyCastle's CMS.
     * Certificate validity is the chain check's business, not this one's.
     *
     * @return null when valid, otherwise why not
     */
    public String signatureProblem() {
        if (documentSigner == null) {
            return "EF.SOD carries no document signer certificate";
        }
        try {
            boolean valid = signerInformation.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(BouncyCastle.provider()).build(documentSigner.getPublicKey()));
            return valid ? null : "signature does not verify";
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return "signature does not verify: " + e.getClass().getSimpleName();
        }
    }
}
