package org.bawaba.eid.simulator.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bawaba.eid.simulator.pki.BouncyCastle;
import org.bawaba.eid.simulator.pki.DocumentSigner;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Builds EF.SOD: an LDS security object (SHA-256 hashes of the raw data group bytes) in a CMS SignedData signed by
 * a document signer, wrapped in the application tag 0x77.
 */
public final class SecurityObjectBuilder {

    private SecurityObjectBuilder() {
    }

    public static byte[] build(Map<Integer, byte[]> dataGroupsToHash, DocumentSigner signer, Instant signingTime) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256", BouncyCastle.provider());
            List<DataGroupHash> hashes = new ArrayList<>();
            dataGroupsToHash.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                    hashes.add(new DataGroupHash(e.getKey(), new DEROctetString(sha256.digest(e.getValue())))));
            LDSSecurityObject securityObject = new LDSSecurityObject(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hashes.toArray(new DataGroupHash[0]));

            AttributeTable attributes = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(signingTime)))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.provider()).build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes))
                    .build(new JcaContentSignerBuilder(signer.signatureAlgorithm())
                            .setProvider(BouncyCastle.provider()).build(signer.privateKey()), signer.certificate()));
            generator.addCertificate(new JcaX509CertificateHolder(signer.certificate()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(
                    new ASN1ObjectIdentifier(ICAOObjectIdentifiers.id_icao_ldsSecurityObject.getId()),
                    securityObject.getEncoded(ASN1Encoding.DER)), true);
            return wrap(0x77, signed.toASN1Structure().getEncoded(ASN1Encoding.DER));
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("cannot build EF.SOD", e);
        }
    }

    /** A BER-TLV with a one-byte tag and a definite length. */
    static byte[] wrap(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length <= 0xFF) {
            out.write(0x81);
            out.write(length);
        } else if (length <= 0xFFFF) {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length);
        } else {
            out.write(0x83);
            out.write(length >> 16);
            out.write(length >> 8);
            out.write(length);
        }
        out.write(value, 0, value.length);
        return out.toByteArray();
    }
}
