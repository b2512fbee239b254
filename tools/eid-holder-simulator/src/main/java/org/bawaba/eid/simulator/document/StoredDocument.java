package org.bawaba.eid.simulator.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bawaba.eid.simulator.pki.BouncyCastle;
import org.jmrtd.lds.icao.DG11File;
import org.jmrtd.lds.icao.DG15File;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.MRZInfo;

/**
 * A holder's document kept in a folder, so that a later command can present it: {@code EF_SOD.bin},
 * {@code DGn.bin} (the files as the chip holds them) and, when the chip does Active Authentication,
 * {@code aa-private-key.der} (PKCS#8) and {@code aa-kind.txt} (an {@link ActiveAuthenticationKind} name).
 *
 * <p>{@link #load} rebuilds the {@link DocumentSpec} from what the chip says (DG1's MRZ, DG11, the AA kind). The
 * face seed is not on the chip: the loaded spec carries one derived from DG2's portrait, so the same folder always
 * gives the same spec, but re-issuing that spec draws another face.
 */
public final class StoredDocument {

    public static final String SOD_FILE = "EF_SOD.bin";
    public static final String AA_PRIVATE_KEY_FILE = "aa-private-key.der";
    public static final String AA_KIND_FILE = "aa-kind.txt";

    private static final Pattern DATA_GROUP_FILE = Pattern.compile("DG([1-9]|1[0-6])\\.bin");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    private StoredDocument() {
    }

    /** Writes the document's files, and its Active Authentication key when it has one. */
    public static void save(ChipDocument document, Path directory) throws IOException {
        writeChipFiles(directory, document.sod(), document.dataGroups());
        if (document.activeAuthenticationChip().isPresent()) {
            ActiveAuthenticationChip chip = document.activeAuthenticationChip().get();
            Files.write(directory.resolve(AA_PRIVATE_KEY_FILE), chip.keyPair().getPrivate().getEncoded());
            Files.writeString(directory.resolve(AA_KIND_FILE), chip.kind().name() + "\n");
        }
    }

    /** Writes EF.SOD and the data groups as {@code EF_SOD.bin} and {@code DGn.bin}, creating the folder. */
    public static void writeChipFiles(Path directory, byte[] sod, Map<Integer, byte[]> dataGroups)
            throws IOException {
        Files.createDirectories(directory);
        Files.write(directory.resolve(SOD_FILE), sod);
        for (Map.Entry<Integer, byte[]> entry : dataGroups.entrySet()) {
            Files.write(directory.resolve("DG" + entry.getKey() + ".bin"), entry.getValue());
        }
    }

    /**
     * Reads a folder written by {@link #save} (or the {@code document} command) back into a document whose chip
     * answers challenges with the stored key.
     *
     * @throws IOException when a file is missing or does not parse
     */
    public static ChipDocument load(Path directory) throws IOException {
        byte[] sod = Files.readAllBytes(directory.resolve(SOD_FILE));
        Map<Integer, byte[]> dataGroups = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "DG*.bin")) {
            for (Path file : files) {
                Matcher matcher = DATA_GROUP_FILE.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    dataGroups.put(Integer.parseInt(matcher.group(1)), Files.readAllBytes(file));
                }
            }
        }
        for (int required : List.of(1, 2)) {
            if (!dataGroups.containsKey(required)) {
                throw new IOException("no DG" + required + ".bin in " + directory);
            }
        }
        ActiveAuthenticationChip chip = loadChip(directory, dataGroups.get(15));
        DocumentSpec spec = spec(dataGroups, chip == null ? ActiveAuthenticationKind.NONE : chip.kind());
        return new ChipDocument(spec, sod, dataGroups, chip);
    }

    private static ActiveAuthenticationChip loadChip(Path directory, byte[] dg15) throws IOException {
        Path kindFile = directory.resolve(AA_KIND_FILE);
        if (!Files.exists(kindFile)) {
            return null;
        }
        if (dg15 == null) {
            throw new IOException(AA_KIND_FILE + " without DG15.bin in " + directory);
        }
        ActiveAuthenticationKind kind = ActiveAuthenticationKind.valueOf(Files.readString(kindFile).trim());
        try {
            PublicKey publicKey = new DG15File(new ByteArrayInputStream(dg15)).getPublicKey();
            PrivateKey privateKey = KeyFactory.getInstance(
                    kind == ActiveAuthenticationKind.ECDSA_BRAINPOOL_P256_SHA256 ? "EC" : "RSA",
                    BouncyCastle.provider()).generatePrivate(new PKCS8EncodedKeySpec(
                    Files.readAllBytes(directory.resolve(AA_PRIVATE_KEY_FILE))));
            return new ActiveAuthenticationChip(kind, new KeyPair(publicKey, privateKey), new SecureRandom());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the Active Authentication key in " + directory, e);
        }
    }

    /** What the chip says about its holder, as a spec. */
    private static DocumentSpec spec(Map<Integer, byte[]> dataGroups, ActiveAuthenticationKind aa)
            throws IOException {
        MRZInfo mrz = new DG1File(new ByteArrayInputStream(dataGroups.get(1))).getMRZInfo();
        DG11File dg11 = dataGroups.containsKey(11)
                ? new DG11File(new ByteArrayInputStream(dataGroups.get(11))) : null;
        // The simulator issues passports (P) as TD3 and identity cards (ID) as TD1.
        DocumentLayout layout = mrz.getDocumentCode().startsWith("P") ? DocumentLayout.TD3_PASSPORT
                : filled(mrz.getOptionalData1()) == null ? DocumentLayout.TD1_ID_CARD
                : DocumentLayout.TD1_MOROCCAN_CNIE;

        String[] latin = names(dg11 == null ? null : dg11.getNameOfHolder());
        String[] arabic = names(dg11 == null || dg11.getOtherNames() == null || dg11.getOtherNames().isEmpty()
                ? null : dg11.getOtherNames().get(0));
        String personalNumber = dg11 != null && dg11.getPersonalNumber() != null ? dg11.getPersonalNumber()
                : switch (layout) {
                    case TD1_MOROCCAN_CNIE -> filled(mrz.getOptionalData1());
                    case TD1_ID_CARD -> filled(mrz.getOptionalData2());
                    case TD3_PASSPORT -> filled(mrz.getPersonalNumber());
                };
        List<String> placeOfBirth = dg11 == null ? null : dg11.getPlaceOfBirth();
        return new DocumentSpec(layout, filled(mrz.getIssuingState()), filled(mrz.getDocumentNumber()),
                latin == null ? mrz.getPrimaryIdentifier() : latin[0],
                latin == null ? String.join(" ", mrz.getSecondaryIdentifierComponents()) : latin[1],
                arabic == null ? null : arabic[0], arabic == null ? null : arabic[1],
                filled(mrz.getNationality()), dateOfBirth(mrz, dg11), sex(mrz),
                LocalDate.parse(mrz.getDateOfExpiry(), YYMMDD), personalNumber,
                placeOfBirth == null || placeOfBirth.isEmpty() ? null : placeOfBirth.get(0), aa,
                faceSeed(FaceImages.portrait(dataGroups.get(2))));
    }

    /** {@code SURNAME<<GIVEN<NAMES} as {surname, given names}, fillers as spaces; null for no name. */
    private static String[] names(String mrzStyle) {
        if (mrzStyle == null || mrzStyle.isBlank()) {
            return null;
        }
        int split = mrzStyle.indexOf("<<");
        String surname = split < 0 ? mrzStyle : mrzStyle.substring(0, split);
        String given = split < 0 ? "" : mrzStyle.substring(split + 2);
        return new String[] {surname.replace('<', ' ').trim(), given.replace('<', ' ').trim()};
    }

    private static LocalDate dateOfBirth(MRZInfo mrz, DG11File dg11) {
        if (dg11 != null && dg11.getFullDateOfBirth() != null) {
            try {
                return LocalDate.parse(dg11.getFullDateOfBirth(), DateTimeFormatter.BASIC_ISO_DATE);
            } catch (DateTimeParseException e) {
                // fall back on the MRZ
            }
        }
        LocalDate date = LocalDate.parse(mrz.getDateOfBirth(), YYMMDD);
        return date.isAfter(LocalDate.now()) ? date.minusYears(100) : date;
    }

    private static char sex(MRZInfo mrz) {
        return switch (mrz.getGenderCode()) {
            case MALE -> 'M';
            case FEMALE -> 'F';
            default -> '<';
        };
    }

    /** The field without its {@code <} fillers, or null when nothing is left. */
    private static String filled(String field) {
        if (field == null) {
            return null;
        }
        String value = field.replace('<', ' ').trim();
        return value.isEmpty() ? null : value;
    }

    private static long faceSeed(byte[] portrait) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(portrait)).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
