package org.bawaba.eid.simulator.forgery;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentFactory;
import org.bawaba.eid.simulator.document.DocumentLayout;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.simulator.document.Presentation;
import org.bawaba.eid.simulator.pki.TestPki;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/** Produces forged presentations of a document spec, each with exactly one defect. */
public final class Forger {

    private final TestPki pki;
    private final DocumentFactory factory;
    private final SecureRandom random;

    public Forger(TestPki pki, DocumentFactory factory, SecureRandom random) {
        this.pki = pki;
        this.factory = factory;
        this.random = random;
    }

    /**
     * @param serverChallenge the challenge the verifier's server issued for this presentation
     * @param today           the verifier's date, to place the expired document in the past
     */
    public Presentation forge(ForgedVariant variant, DocumentSpec spec, byte[] serverChallenge, LocalDate today) {
        return switch (variant) {
            case SUBSTITUTED_DATA_GROUP -> {
                ChipDocument genuine = factory.issue(spec, pki.documentSigner());
                ChipDocument other = factory.issue(spec.withFaceSeed(spec.faceSeed() + 1000), pki.documentSigner());
                Map<Integer, byte[]> groups = genuine.dataGroups();
                groups.put(2, other.dataGroup(2));
                yield new Presentation(genuine.sod(), groups, serverChallenge, answer(genuine, serverChallenge));
            }
            case FLIPPED_SOD_BYTE -> {
                ChipDocument genuine = factory.issue(spec, pki.documentSigner());
                yield new Presentation(flipSignatureByte(genuine.sod()), genuine.dataGroups(), serverChallenge,
                        answer(genuine, serverChallenge));
            }
            case WRONG_CSCA -> present(factory.issue(spec, pki.rogueDocumentSigner()), serverChallenge);
            case REVOKED_DOCUMENT_SIGNER -> present(factory.issue(spec, pki.revokedDocumentSigner()), serverChallenge);
            case EXPIRED_DOCUMENT -> present(factory.issue(spec.withDateOfExpiry(today.minusDays(1)),
                    pki.documentSigner()), serverChallenge);
            case REPLAYED_AA_ANSWER -> {
                ChipDocument genuine = factory.issue(spec, pki.documentSigner());
                byte[] earlierChallenge = new byte[8];
                do {
                    random.nextBytes(earlierChallenge);
                } while (Arrays.equals(earlierChallenge, serverChallenge));
                yield new Presentation(genuine.sod(), genuine.dataGroups(), serverChallenge,
                        answer(genuine, earlierChallenge));
            }
            case DATA_GROUP_NOT_IN_SOD -> {
                ChipDocument genuine = factory.issue(spec, pki.documentSigner());
                Map<Integer, byte[]> groups = genuine.dataGroups();
                Set<Integer> hashed = new java.util.TreeSet<>(groups.keySet());
                hashed.remove(11);
                yield present(factory.resign(genuine, groups, hashed, pki.documentSigner()), serverChallenge);
            }
            case MISMATCHED_ISSUING_STATE -> present(factory.issue(spec.withIssuingState(
                    "MAR".equals(spec.issuingState()) ? "FRA" : "MAR"), pki.documentSigner()), serverChallenge);
            case TAMPERED_CHECK_DIGIT -> {
                ChipDocument genuine = factory.issue(spec, pki.documentSigner());
                Map<Integer, byte[]> groups = genuine.dataGroups();
                groups.put(1, tamperDocumentNumberCheckDigit(groups.get(1), spec.layout()));
                yield present(factory.resign(genuine, groups, groups.keySet(), pki.documentSigner()),
                        serverChallenge);
            }
        };
    }

    private static Presentation present(ChipDocument document, byte[] challenge) {
        return document.present(challenge);
    }

    private static byte[] answer(ChipDocument document, byte[] challenge) {
        return document.answerChallenge(challenge).orElse(null);
    }

    /** Flips one bit in the middle of the SignerInfo's signature value: the SOD still parses, its signature fails. */
    public static byte[] flipSignatureByte(byte[] sod) {
        try (ASN1InputStream in = new ASN1InputStream(sod)) {
            ASN1TaggedObject wrapper = (ASN1TaggedObject) in.readObject();
            ASN1Primitive contentInfo = wrapper.getBaseObject().toASN1Primitive();
            CMSSignedData signed = new CMSSignedData(ContentInfo.getInstance(contentInfo));
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            byte[] signature = signer.getSignature();
            int at = indexOf(sod, signature);
            if (at < 0) {
                throw new IllegalStateException("signature value not found in EF.SOD");
            }
            byte[] flipped = sod.clone();
            flipped[at + signature.length / 2] ^= 0x01;
            return flipped;
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate the EF.SOD signature", e);
        }
    }

    /** Changes the document-number check digit in DG1's MRZ to another digit. */
    public static byte[] tamperDocumentNumberCheckDigit(byte[] dg1, DocumentLayout layout) {
        int mrzStart = indexOf(dg1, new byte[] {0x5F, 0x1F}) + 3;
        int position = mrzStart + (layout == DocumentLayout.TD3_PASSPORT ? 44 + 9 : 14);
        byte[] tampered = dg1.clone();
        int digit = tampered[position] - '0';
        tampered[position] = (byte) ('0' + (digit + 1) % 10);
        if (tampered[position] == dg1[position]) {
            throw new IllegalStateException("check digit unchanged");
        }
        assert new String(tampered, StandardCharsets.US_ASCII).length() == tampered.length;
        return tampered;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
