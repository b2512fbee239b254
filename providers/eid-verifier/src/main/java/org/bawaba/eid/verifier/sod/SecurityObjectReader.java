package org.bawaba.eid.verifier.sod;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.bawaba.eid.verifier.crypto.BouncyCastle;
import org.bawaba.eid.verifier.tlv.BerTlv;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.Selector;

/** Parses EF.SOD with BouncyCastle CMS. Never trusts anything it reads: the signature is checked later. */
public final class SecurityObjectReader {

    /** Real EF.SODs are 1-4 kB; a few certificates more still fit. */
    public static final int MAX_SOD_BYTES = 64 * 1024;

    private static final int EF_SOD_TAG = 0x77;

    private SecurityObjectReader() {
    }

    public static SecurityObject read(byte[] efSod) throws SecurityObjectFormatException {
        if (efSod == null || efSod.length == 0) {
            throw new SecurityObjectFormatException("EF.SOD missing");
        }
        if (efSod.length > MAX_SOD_BYTES) {
            throw new SecurityObjectFormatException("EF.SOD too large");
        }
        try {
            BerTlv.Header outer = BerTlv.header(efSod, 0, efSod.length);
            if (outer.tag() != EF_SOD_TAG || outer.end() != efSod.length) {
                throw new SecurityObjectFormatException("EF.SOD is not a single 0x77 TLV");
            }
            ASN1Primitive contentInfo;
            try (ASN1InputStream in = new ASN1InputStream(
                    new java.io.ByteArrayInputStream(efSod, outer.valueOffset(), outer.length()), outer.length())) {
                contentInfo = in.readObject();
                if (contentInfo == null || in.readObject() != null) {
                    throw new SecurityObjectFormatException("EF.SOD content is not a single ContentInfo");
                }
            }
            ContentInfo info = ContentInfo.getInstance(contentInfo);
            // CMS leaves these outside the signature: pin them so no alteration of EF.SOD goes unnoticed.
            if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
                throw new SecurityObjectFormatException("EF.SOD is not CMS SignedData");
            }
            CMSSignedData signed = new CMSSignedData(info);
            SignedData rawSignedData = SignedData.getInstance(info.getContent());
            if (rawSignedData.getVersion().intValueExact() != 3) {
                throw new SecurityObjectFormatException("EF.SOD SignedData version must be 3");
            }
            if (!ICAOObjectIdentifiers.id_icao_ldsSecurityObject.getId().equals(signed.getSignedContentTypeOID())) {
                throw new SecurityObjectFormatException("EF.SOD does not encapsulate an LDS security object");
            }
            if (signed.getSignedContent() == null) {
                throw new SecurityObjectFormatException("EF.SOD has no encapsulated content");
            }
            byte[] content = (byte[]) signed.getSignedContent().getContent();
            LDSSecurityObject lds = LDSSecurityObject.getInstance(ASN1Primitive.fromByteArray(content));
            String digestAlgorithm = digestName(lds.getDigestAlgorithmIdentifier().getAlgorithm());

            Map<Integer, byte[]> hashes = new HashMap<>();
            for (DataGroupHash hash : lds.getDatagroupHash()) {
                int number = hash.getDataGroupNumber();
                if (number < 1 || number > 16) {
                    throw new SecurityObjectFormatException("data group number out of range");
                }
                if (hashes.put(number, hash.getDataGroupHashValue().getOctets()) != null) {
                    throw new SecurityObjectFormatException("data group hashed twice");
                }
            }

            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new SecurityObjectFormatException("EF.SOD must have exactly one signer");
            }
            SignerInformation signer = signers.iterator().next();
            Set<AlgorithmIdentifier> declared = signed.getDigestAlgorithmIDs();
            if (declared.size() != 1 || !declared.iterator().next().getAlgorithm()
                    .equals(signer.getDigestAlgorithmID().getAlgorithm())) {
                throw new SecurityObjectFormatException("EF.SOD digestAlgorithms disagree with its signer");
            }
            pinSignerInfo(signer, rawSignedData);
            return new SecurityObject(digestAlgorithm, hashes, signerCertificate(signed, signer), signingTime(signer),
                    signer);
        } catch (SecurityObjectFormatException e) {
            throw e;
        } catch (CMSException | IOException | CertificateException | BerTlv.TlvException | IllegalArgumentException
                | IllegalStateException | ArithmeticException | ClassCastException | IndexOutOfBoundsException | NullPointerException e) {
            throw new SecurityObjectFormatException("EF.SOD unparseable: " + e.getClass().getSimpleName());
        }
    }

    /**
     * BouncyCastle accepts variants of the unsigned SignerInfo fields (any version, any context tag on the signed
     * attributes); ICAO SODs have version 1 or 3 and signed attributes tagged [0]. Pin them.
     */
    private static void pinSignerInfo(SignerInformation signer, SignedData rawSignedData)
            throws SecurityObjectFormatException {
        org.bouncycastle.asn1.cms.SignerInfo info = signer.toASN1Structure();
        int version = info.getVersion().intValueExact();
        if (version != (signer.getSID().getSubjectKeyIdentifier() != null ? 3 : 1)) {
            throw new SecurityObjectFormatException("SignerInfo version does not match its identifier");
        }
        // The SignerInfo as parsed, not BouncyCastle's normalised copy.
        org.bouncycastle.asn1.ASN1Sequence raw = org.bouncycastle.asn1.ASN1Sequence.getInstance(
                rawSignedData.getSignerInfos().getObjectAt(0));
        if (raw.size() < 4 || !(raw.getObjectAt(3) instanceof org.bouncycastle.asn1.ASN1TaggedObject tagged)
                || tagged.getTagNo() != 0 || tagged.getTagClass() != org.bouncycastle.asn1.BERTags.CONTEXT_SPECIFIC) {
            throw new SecurityObjectFormatException("SignerInfo must carry signed attributes tagged [0]");
        }
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate signerCertificate(CMSSignedData signed, SignerInformation signer)
            throws CertificateException, IOException {
        Collection<X509CertificateHolder> matches =
                signed.getCertificates().getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
        if (matches.isEmpty()) {
            return null;
        }
        X509CertificateHolder holder = matches.iterator().next();
        byte[] encoded = holder.getEncoded();
        // X.509 certificates are DER; BouncyCastle verifies a re-encoded TBS, so only this catches BER variants.
        if (!java.util.Arrays.equals(encoded, holder.toASN1Structure().getEncoded(ASN1Encoding.DER))) {
            throw new CertificateException("DS certificate is not DER encoded");
        }
        // The name comparison that matched it ignores case; the identifier must name the certificate exactly.
        if (signer.getSID().getIssuer() != null && !java.util.Arrays.equals(
                signer.getSID().getIssuer().getEncoded(ASN1Encoding.DER), holder.getIssuer().getEncoded(ASN1Encoding.DER))) {
            throw new CertificateException("signer identifier does not name the DS certificate exactly");
        }
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.provider()).getCertificate(holder);
    }

    private static Instant signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        if (attributes == null) {
            return null;
        }
        Attribute attribute = attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return null;
        }
        return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static String digestName(ASN1ObjectIdentifier oid) throws SecurityObjectFormatException {
        if (OIWObjectIdentifiers.idSHA1.equals(oid)) {
            return "SHA-1";
        } else if (NISTObjectIdentifiers.id_sha224.equals(oid)) {
            return "SHA-224";
        } else if (NISTObjectIdentifiers.id_sha256.equals(oid)) {
            return "SHA-256";
        } else if (NISTObjectIdentifiers.id_sha384.equals(oid)) {
            return "SHA-384";
        } else if (NISTObjectIdentifiers.id_sha512.equals(oid)) {
            return "SHA-512";
        }
        throw new SecurityObjectFormatException("unsupported data group digest " + oid.getId());
    }
}
