package org.bawaba.eid.simulator.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bawaba.eid.simulator.document.ActiveAuthenticationChip;
import org.bawaba.eid.simulator.document.ActiveAuthenticationKind;
import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentFactory;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.simulator.document.Presentation;
import org.bawaba.eid.simulator.forgery.ForgedVariant;
import org.bawaba.eid.simulator.forgery.Forger;
import org.bawaba.eid.simulator.pki.BouncyCastle;
import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bawaba.eid.simulator.pki.TestPki;
import org.jmrtd.lds.icao.DG15File;

/**
 * Holder simulator command line. Subcommands:
 * <pre>
 *   pki      --out DIR [--country MA] [--algorithm rsa|brainpool]
 *   document --pki DIR --out DIR [--layout cnie|td1|td3] [--aa rsa1024|rsa2048|ecdsa|none] [--state MAR]
 *   answer   --document DIR --challenge HEX16
 *   forge    --pki DIR --out DIR [--layout cnie|td1|td3] [--challenge HEX16] [--variant NAME|all]
 * </pre>
 */
public final class HolderSimulatorCli {

    private HolderSimulatorCli() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            usage(err);
            return 2;
        }
        try {
            Map<String, String> options = options(args);
            switch (args[0]) {
                case "pki" -> pki(options, out);
                case "document" -> document(options, out);
                case "answer" -> answer(options, out);
                case "forge" -> forge(options, out);
                default -> {
                    usage(err);
                    return 2;
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            usage(err);
            return 2;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            err.println("error: " + e);
            return 1;
        }
    }

    private static void pki(Map<String, String> options, PrintStream out) throws IOException {
        Path dir = Path.of(required(options, "out"));
        KeyAlgorithm algorithm = KeyAlgorithm.valueOf(options.getOrDefault("algorithm", "rsa")
                .toUpperCase(Locale.ROOT));
        TestPki pki = TestPki.generate(options.getOrDefault("country", "MA"), algorithm,
                Clock.systemUTC().instant(), new SecureRandom());
        pki.save(dir);
        out.println("test PKI written to " + dir + " (trust store material in " + dir.resolve("trust") + ")");
    }

    private static void document(Map<String, String> options, PrintStream out) throws IOException {
        TestPki pki = TestPki.load(Path.of(required(options, "pki")));
        Path dir = Path.of(required(options, "out"));
        DocumentSpec spec = spec(options);
        ChipDocument document = new DocumentFactory(new SecureRandom(), Clock.systemUTC())
                .issue(spec, pki.documentSigner());
        write(dir, document.sod(), document.dataGroups());
        if (document.activeAuthenticationChip().isPresent()) {
            ActiveAuthenticationChip chip = document.activeAuthenticationChip().get();
            Files.write(dir.resolve("aa-private-key.der"), chip.keyPair().getPrivate().getEncoded());
            Files.writeString(dir.resolve("aa-kind.txt"), chip.kind().name() + "\n");
        }
        out.println(spec.layout() + " document written to " + dir);
    }

    private static void answer(Map<String, String> options, PrintStream out)
            throws IOException, GeneralSecurityException {
        Path dir = Path.of(required(options, "document"));
        byte[] challenge = HexFormat.of().parseHex(required(options, "challenge"));
        if (challenge.length != 8) {
            throw new IllegalArgumentException("the challenge is 8 bytes (16 hex digits)");
        }
        ActiveAuthenticationKind kind = ActiveAuthenticationKind.valueOf(
                Files.readString(dir.resolve("aa-kind.txt")).trim());
        byte[] pkcs8 = Files.readAllBytes(dir.resolve("aa-private-key.der"));
        PublicKey publicKey = new DG15File(Files.newInputStream(dir.resolve("DG15.bin"))).getPublicKey();
        var privateKey = KeyFactory.getInstance(publicKey.getAlgorithm().startsWith("EC") ? "EC" : "RSA",
                BouncyCastle.provider()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        ActiveAuthenticationChip chip = new ActiveAuthenticationChip(kind, new KeyPair(publicKey, privateKey),
                new SecureRandom());
        out.println(HexFormat.of().formatHex(chip.answer(challenge)));
    }

    private static void forge(Map<String, String> options, PrintStream out) throws IOException {
        TestPki pki = TestPki.load(Path.of(required(options, "pki")));
        Path dir = Path.of(required(options, "out"));
        byte[] challenge = HexFormat.of().parseHex(options.getOrDefault("challenge", "0102030405060708"));
        String which = options.getOrDefault("variant", "all");
        List<ForgedVariant> variants = "all".equals(which) ? List.of(ForgedVariant.values())
                : List.of(ForgedVariant.valueOf(which.toUpperCase(Locale.ROOT)));
        SecureRandom random = new SecureRandom();
        Forger forger = new Forger(pki, new DocumentFactory(random, Clock.systemUTC()), random);
        DocumentSpec spec = spec(options);
        for (ForgedVariant variant : variants) {
            Presentation forged = forger.forge(variant, spec, challenge, LocalDate.now(ZoneOffset.UTC));
            Path target = dir.resolve(variant.name().toLowerCase(Locale.ROOT));
            write(target, forged.sod(), forged.dataGroups());
            Files.writeString(target.resolve("challenge.hex"), HexFormat.of().formatHex(challenge) + "\n");
            if (forged.aaResponse() != null) {
                Files.writeString(target.resolve("aa-response.hex"),
                        HexFormat.of().formatHex(forged.aaResponse()) + "\n");
            }
            out.println(variant + " -> " + target);
        }
    }

    private static DocumentSpec spec(Map<String, String> options) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        DocumentSpec spec = switch (options.getOrDefault("layout", "cnie")) {
            case "cnie" -> DocumentSpec.moroccanCnie(today);
            case "td3" -> DocumentSpec.moroccanPassport(today);
            case "td1" -> DocumentSpec.idCard(options.getOrDefault("state", "MAR"), today);
            default -> throw new IllegalArgumentException("unknown layout " + options.get("layout"));
        };
        if (options.containsKey("state")) {
            spec = spec.withIssuingState(options.get("state"));
        }
        if (options.containsKey("aa")) {
            spec = spec.withActiveAuthentication(switch (options.get("aa")) {
                case "rsa1024" -> ActiveAuthenticationKind.RSA_1024_SHA1;
                case "rsa2048" -> ActiveAuthenticationKind.RSA_2048_SHA256;
                case "ecdsa" -> ActiveAuthenticationKind.ECDSA_BRAINPOOL_P256_SHA256;
                case "none" -> ActiveAuthenticationKind.NONE;
                default -> throw new IllegalArgumentException("unknown --aa " + options.get("aa"));
            });
        }
        return spec;
    }

    private static void write(Path dir, byte[] sod, Map<Integer, byte[]> dataGroups) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("EF_SOD.bin"), sod);
        for (Map.Entry<Integer, byte[]> entry : dataGroups.entrySet()) {
            Files.write(dir.resolve("DG" + entry.getKey() + ".bin"), entry.getValue());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static void usage(PrintStream err) {
        err.println("""
                usage: HolderSimulatorCli <command> [--option value ...]
                  pki      --out DIR [--country MA] [--algorithm rsa|brainpool]
                  document --pki DIR --out DIR [--layout cnie|td1|td3] [--aa rsa1024|rsa2048|ecdsa|none] [--state MAR]
                  answer   --document DIR --challenge HEX16
                  forge    --pki DIR --out DIR [--layout cnie|td1|td3] [--challenge HEX16] [--variant NAME|all]
                """);
    }
}
