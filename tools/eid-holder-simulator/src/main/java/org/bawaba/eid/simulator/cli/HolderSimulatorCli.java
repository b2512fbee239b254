package org.bawaba.eid.simulator.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bawaba.eid.simulator.app.Outcome;
import org.bawaba.eid.simulator.app.Selfie;
import org.bawaba.eid.simulator.app.SignIn;
import org.bawaba.eid.simulator.document.ActiveAuthenticationKind;
import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentFactory;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.simulator.document.Presentation;
import org.bawaba.eid.simulator.document.StoredDocument;
import org.bawaba.eid.simulator.forgery.ForgedVariant;
import org.bawaba.eid.simulator.forgery.Forger;
import org.bawaba.eid.simulator.pki.KeyAlgorithm;
import org.bawaba.eid.simulator.pki.TestPki;

/**
 * Holder simulator command line ({@code java -jar bawaba-eid-holder-simulator.jar <command> ...}). Subcommands:
 * <pre>
 *   pki      --out DIR [--country MA] [--algorithm rsa|brainpool]
 *   document --pki DIR --out DIR [--holder demo | --layout cnie|td1|td3] [--aa rsa1024|rsa2048|ecdsa|none]
 *            [--state MAR]
 *   answer   --document DIR --challenge HEX16
 *   forge    --pki DIR --out DIR [--layout cnie|td1|td3] [--challenge HEX16] [--variant NAME|all]
 *   sign-in  --link URL (--document DIR | --pki DIR [--holder demo | --layout cnie|td1|td3] [--variant NAME])
 *            [--selfie same|other|none]
 * </pre>
 * {@code document --holder demo} issues the card of the demo person of {@code ./bawaba start}
 * ({@link DocumentSpec#demoHolder}). {@code sign-in} plays the phone app with the link a sign-in page shows: it
 * prints the service and the confirmation code, presents the stored document ({@code --document}), a document the
 * PKI issues on the spot ({@code --pki}) or a forgery of one ({@code --variant}), and prints the outcome.
 *
 * <p>Exit status: 0 done (for {@code sign-in}: verified), 1 failure (e.g. the server could not be reached), 2 bad
 * usage, 3 {@code sign-in} refused or answered with an error status.
 */
public final class HolderSimulatorCli {

    /** {@code sign-in}: the presentation was refused, or the API answered with an error status. */
    public static final int NOT_VERIFIED = 3;

    private static final String USAGE = """
            usage: java -jar bawaba-eid-holder-simulator.jar <command> [--option value ...]
              pki      --out DIR [--country MA] [--algorithm rsa|brainpool]
              document --pki DIR --out DIR [--holder demo | --layout cnie|td1|td3] [--aa rsa1024|rsa2048|ecdsa|none]
                       [--state MAR]
              answer   --document DIR --challenge HEX16
              forge    --pki DIR --out DIR [--layout cnie|td1|td3] [--challenge HEX16] [--variant NAME|all]
              sign-in  --link URL (--document DIR | --pki DIR [--holder demo | --layout cnie|td1|td3] [--variant NAME])
                       [--selfie same|other|none]
            sign-in exits 0 when the presentation is verified, 3 when it is refused or the API answers an error.
            """;

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
            err.print(USAGE);
            return 2;
        }
        if (List.of("help", "--help", "-h").contains(args[0])) {
            out.print(USAGE);
            return 0;
        }
        try {
            Map<String, String> options = options(args);
            switch (args[0]) {
                case "pki" -> pki(options, out);
                case "document" -> document(options, out);
                case "answer" -> answer(options, out);
                case "forge" -> forge(options, out);
                case "sign-in" -> {
                    return signIn(options, out);
                }
                default -> {
                    err.print(USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
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
        StoredDocument.save(document, dir);
        out.println(spec.layout() + " document of " + spec.givenNames() + " " + spec.surname() + " written to "
                + dir);
    }

    private static void answer(Map<String, String> options, PrintStream out) throws IOException {
        ChipDocument document = StoredDocument.load(Path.of(required(options, "document")));
        byte[] challenge = HexFormat.of().parseHex(required(options, "challenge"));
        if (challenge.length != 8) {
            throw new IllegalArgumentException("the challenge is 8 bytes (16 hex digits)");
        }
        byte[] answer = document.answerChallenge(challenge)
                .orElseThrow(() -> new IllegalArgumentException("this chip has no Active Authentication key"));
        out.println(HexFormat.of().formatHex(answer));
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
            StoredDocument.writeChipFiles(target, forged.sod(), forged.dataGroups());
            Files.writeString(target.resolve("challenge.hex"), HexFormat.of().formatHex(challenge) + "\n");
            if (forged.aaResponse() != null) {
                Files.writeString(target.resolve("aa-response.hex"),
                        HexFormat.of().formatHex(forged.aaResponse()) + "\n");
            }
            out.println(variant + " -> " + target);
        }
    }

    private static int signIn(Map<String, String> options, PrintStream out) throws IOException {
        String link = required(options, "link");
        Selfie selfie = switch (options.getOrDefault("selfie", "same")) {
            case "same" -> Selfie.SAME;
            case "other" -> Selfie.OTHER;
            case "none" -> Selfie.NONE;
            default -> throw new IllegalArgumentException("unknown --selfie " + options.get("selfie"));
        };
        SignIn signIn;
        if (options.containsKey("document") == options.containsKey("pki")) {
            throw new IllegalArgumentException("sign-in takes either --document DIR or --pki DIR");
        } else if (options.containsKey("document")) {
            if (options.containsKey("variant")) {
                throw new IllegalArgumentException("--variant forges a document: use it with --pki");
            }
            signIn = SignIn.genuine(link, StoredDocument.load(Path.of(options.get("document"))));
        } else {
            TestPki pki = TestPki.load(Path.of(options.get("pki")));
            DocumentSpec spec = spec(options);
            signIn = options.containsKey("variant")
                    ? SignIn.forged(link, pki, spec, ForgedVariant.valueOf(
                            options.get("variant").toUpperCase(Locale.ROOT)))
                    : SignIn.genuine(link, new DocumentFactory(new SecureRandom(), Clock.systemUTC())
                            .issue(spec, pki.documentSigner()));
        }
        Outcome outcome = signIn.withSelfie(selfie).onTransaction(transaction -> {
            out.println("Signing in to " + transaction.service());
            out.println("Check that your browser shows the same code: " + transaction.confirmationCode());
        }).run();
        out.println(outcome.describe());
        return outcome.verified() ? 0 : NOT_VERIFIED;
    }

    private static DocumentSpec spec(Map<String, String> options) {
        DocumentSpec spec = baseSpec(options, LocalDate.now(ZoneOffset.UTC));
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

    private static DocumentSpec baseSpec(Map<String, String> options, LocalDate today) {
        if (options.containsKey("holder")) {
            if (options.containsKey("layout")) {
                throw new IllegalArgumentException("--holder and --layout exclude each other");
            }
            if (!"demo".equals(options.get("holder"))) {
                throw new IllegalArgumentException("unknown --holder " + options.get("holder") + " (demo)");
            }
            return DocumentSpec.demoHolder(today);
        }
        return switch (options.getOrDefault("layout", "cnie")) {
            case "cnie" -> DocumentSpec.moroccanCnie(today);
            case "td3" -> DocumentSpec.moroccanPassport(today);
            case "td1" -> DocumentSpec.idCard(options.getOrDefault("state", "MAR"), today);
            default -> throw new IllegalArgumentException("unknown layout " + options.get("layout"));
        };
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
}
