package org.bawaba.eid.verifier;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.bawaba.eid.verifier.aa.ActiveAuthenticationVerifier;
import org.bawaba.eid.verifier.aa.ChipSecurityInfos;
import org.bawaba.eid.verifier.crypto.BouncyCastle;
import org.bawaba.eid.verifier.identity.ExtractedIdentity;
import org.bawaba.eid.verifier.identity.IdentityExtractor;
import org.bawaba.eid.verifier.identity.MrzDates;
import org.bawaba.eid.verifier.mrz.IcaoCountryCodes;
import org.bawaba.eid.verifier.mrz.Mrz;
import org.bawaba.eid.verifier.mrz.MrzFormatException;
import org.bawaba.eid.verifier.mrz.MrzReader;
import org.bawaba.eid.verifier.pki.ChainCheck;
import org.bawaba.eid.verifier.pki.DocumentSignerValidator;
import org.bawaba.eid.verifier.pki.TrustAnchorSource;
import org.bawaba.eid.verifier.pki.TrustSnapshot;
import org.bawaba.eid.verifier.pki.ValidatedChainCache;
import org.bawaba.eid.verifier.sod.SecurityObject;
import org.bawaba.eid.verifier.sod.SecurityObjectFormatException;
import org.bawaba.eid.verifier.sod.SecurityObjectReader;

/**
 * Decides whether chip data read by the holder's phone comes from a genuine, unaltered, unexpired, uncloned
 * document of a trusted state: passive authentication (EF.SOD signature, DS chain, data group hashes), MRZ check
 * digits, expiry, issuing state, and Active Authentication over the server's challenge.
 *
 * <p>Every check that can run does, and is reported as a {@link Finding}; the verdict's reason is the first failure
 * in {@link VerdictReason} order. Data groups are decoded only once they are authenticated. Never throws: any
 * failure, hostile input included, ends in a verdict. Thread-safe.
 */
public final class ChipDocumentVerifier {

    public static final int MAX_DATA_GROUP_BYTES = 1 << 20;
    public static final int MAX_TOTAL_BYTES = 4 << 20;

    private static final System.Logger LOG = System.getLogger(ChipDocumentVerifier.class.getName());

    private final TrustAnchorSource trust;
    private final VerificationPolicy policy;
    private final Clock clock;
    private final DocumentSignerValidator signerValidator;

    /** @param cache validated-chain cache shared across verifications, or null to validate every chain */
    public ChipDocumentVerifier(TrustAnchorSource trust, VerificationPolicy policy, Clock clock,
            ValidatedChainCache cache) {
        this.trust = Objects.requireNonNull(trust, "trust");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.signerValidator = new DocumentSignerValidator(cache);
    }

    public VerificationPolicy policy() {
        return policy;
    }

    public Verdict verify(VerificationRequest request) {
        Run run = new Run();
        try {
            return verify(request, run);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.DEBUG, "verification aborted by an unexpected " + e.getClass().getName());
            run.fail(Finding.fail(Check.INPUT, VerdictReason.MALFORMED_INPUT,
                    "unexpected " + e.getClass().getSimpleName()));
            return run.verdict(null, null);
        }
    }

    private Verdict verify(VerificationRequest request, Run run) {
        Instant now = clock.instant();
        run.validationTime = now;
        if (request == null) {
            run.fail(Finding.fail(Check.INPUT, VerdictReason.MALFORMED_INPUT, "no request"));
            return run.verdict(null, null);
        }
        if (!inputWellFormed(request, run)) {
            return run.verdict(null, null);
        }
        Map<Integer, byte[]> groups = new TreeMap<>(request.dataGroups());

        SecurityObject sod;
        try {
            sod = SecurityObjectReader.read(request.sod());
            run.add(Finding.pass(Check.SOD_STRUCTURE, "digest " + sod.digestAlgorithm()));
        } catch (SecurityObjectFormatException e) {
            run.fail(Finding.fail(Check.SOD_STRUCTURE, VerdictReason.MALFORMED_INPUT, e.getMessage()));
            return run.verdict(null, null);
        }

        Instant at = validationTime(sod, now, run);
        run.validationTime = at;

        String signatureProblem = sod.signatureProblem();
        boolean signatureValid = signatureProblem == null;
        run.add(signatureValid ? Finding.pass(Check.SOD_SIGNATURE, "CMS signature valid")
                : Finding.fail(Check.SOD_SIGNATURE, VerdictReason.SOD_SIGNATURE_INVALID, signatureProblem));

        ChainCheck chain = null;
        TrustSnapshot snapshot = trust.snapshot();
        if (sod.documentSigner().isPresent()) {
            chain = signerValidator.validate(sod.documentSigner().get(), at, snapshot);
            Check check = chain.failure() == VerdictReason.DS_REVOKED ? Check.DS_REVOCATION : Check.DS_CHAIN;
            run.add(chain.trusted() ? Finding.pass(Check.DS_CHAIN, chain.detail())
                    : Finding.fail(check, chain.failure(), chain.detail()));
        } else {
            run.fail(Finding.fail(Check.DS_CHAIN, VerdictReason.DS_CHAIN_UNTRUSTED, "no DS certificate in EF.SOD"));
        }

        Map<Integer, Boolean> authentic = checkHashes(sod, groups, signatureValid, run);
        checkMandatory(groups, run);
        boolean trusted = signatureValid && chain != null && chain.trusted();

        Mrz mrz = null;
        if (authentic.getOrDefault(1, false)) {
            try {
                mrz = MrzReader.read(groups.get(1));
                run.add(mrz.checkDigitFailures().isEmpty()
                        ? Finding.pass(Check.MRZ_CHECK_DIGITS, "all check digits match")
                        : Finding.fail(Check.MRZ_CHECK_DIGITS, VerdictReason.MRZ_CHECK_DIGIT_INVALID,
                        "check digit mismatch: " + String.join(", ", mrz.checkDigitFailures())));
            } catch (MrzFormatException e) {
                run.fail(Finding.fail(Check.MRZ_CHECK_DIGITS, VerdictReason.MALFORMED_INPUT, e.getMessage()));
            }
        }
        if (mrz != null && chain != null && chain.trusted()) {
            checkIssuingState(mrz, chain, run);
        }
        if (mrz != null) {
            checkExpiry(mrz, at, run);
        }
        boolean aaPassed = trusted && checkActiveAuthentication(request, sod, groups, authentic, run);

        if (run.failed()) {
            return run.verdict(null, null);
        }
        ExtractedIdentity identity;
        try {
            identity = IdentityExtractor.extract(mrz, groups.get(2), authentic.getOrDefault(11, false)
                    ? groups.get(11) : null, Year.from(at.atZone(ZoneOffset.UTC)));
            run.add(Finding.pass(Check.IDENTITY_EXTRACTION, "identity extracted"));
        } catch (IOException | RuntimeException e) {
            run.fail(Finding.fail(Check.IDENTITY_EXTRACTION, VerdictReason.MALFORMED_INPUT,
                    "authenticated data group not decodable: " + e.getClass().getSimpleName()));
            return run.verdict(null, null);
        }
        return aaPassed ? run.verdict(Assurance.CHIP_AUTHENTICATED, identity)
                : run.verdict(Assurance.DATA_AUTHENTICATED, identity);
    }

    private static boolean inputWellFormed(VerificationRequest request, Run run) {
        if (request.sod() == null || request.sod().length == 0) {
            run.fail(Finding.fail(Check.INPUT, VerdictReason.MALFORMED_INPUT, "EF.SOD missing"));
            return false;
        }
        if (request.dataGroups() == null) {
            run.fail(Finding.fail(Check.INPUT, VerdictReason.MALFORMED_INPUT, "data groups missing"));
            return false;
        }
        long total = request.sod().length;
        for (Map.Entry<Integer, byte[]> entry : request.dataGroups().entrySet()) {
            Integer number = entry.getKey();
            byte[] bytes = entry.getValue();
            if (number == null || number < 1 || number > 16 || bytes == null || bytes.length == 0
                    || bytes.length > MAX_DATA_GROUP_BYTES) {
                run.fail(Finding.fail(Check.INPUT, VerdictReason.MALFORMED_INPUT,
                        "data group entry invalid or oversized"));
                return false;
            }
            total += bytes.length;
        }
        if (total > MAX_TOTAL_BYTES) {
            run.fail(Finding.fail(Check.INPUT, VerdictReason.MALFORMED_INPUT, "input too large"));
            return false;
        }
        run.add(Finding.pass(Check.INPUT, "sizes within bounds"));
        return true;
    }

    private Instant validationTime(SecurityObject sod, Instant now, Run run) {
        if (policy.validationTime() == VerificationPolicy.ValidationTime.CURRENT_TIME) {
            return now;
        }
        if (sod.signingTime().isPresent()) {
            return sod.signingTime().get();
        }
        return sod.documentSigner().map(X509Certificate::getNotBefore).map(java.util.Date::toInstant).orElse(now);
    }

    /** Hashes each presented data group's raw bytes; a group is authentic if the signed SOD hash matches. */
    private static Map<Integer, Boolean> checkHashes(SecurityObject sod, Map<Integer, byte[]> groups,
            boolean signatureValid, Run run) {
        Map<Integer, Boolean> authentic = new TreeMap<>();
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(sod.digestAlgorithm(), BouncyCastle.provider());
        } catch (GeneralSecurityException e) {
            run.fail(Finding.fail(Check.SOD_STRUCTURE, VerdictReason.MALFORMED_INPUT, "digest unavailable"));
            return authentic;
        }
        for (Map.Entry<Integer, byte[]> entry : groups.entrySet()) {
            int number = entry.getKey();
            byte[] expected = sod.dataGroupHashes().get(number);
            if (expected == null) {
                run.fail(Finding.fail(Check.DG_HASH, number, VerdictReason.DG_NOT_IN_SOD,
                        "DG" + number + " presented but not hashed in EF.SOD"));
                authentic.put(number, false);
                continue;
            }
            boolean matches = MessageDigest.isEqual(expected, digest.digest(entry.getValue()));
            run.add(matches ? Finding.pass(Check.DG_HASH, number, "DG" + number + " hash matches")
                    : Finding.fail(Check.DG_HASH, number, VerdictReason.DG_HASH_MISMATCH,
                    "DG" + number + " hash differs from EF.SOD"));
            authentic.put(number, matches && signatureValid);
        }
        return authentic;
    }

    private static void checkMandatory(Map<Integer, byte[]> groups, Run run) {
        List<String> missing = new ArrayList<>();
        for (int mandatory : new int[] {1, 2}) {
            if (!groups.containsKey(mandatory)) {
                missing.add("DG" + mandatory);
            }
        }
        run.add(missing.isEmpty() ? Finding.pass(Check.MANDATORY_DGS, "DG1 and DG2 presented")
                : Finding.fail(Check.MANDATORY_DGS, VerdictReason.MANDATORY_DG_MISSING,
                String.join(", ", missing) + " not presented"));
    }

    private static void checkIssuingState(Mrz mrz, ChainCheck chain, Run run) {
        String mrzState = IcaoCountryCodes.toAlpha2(mrz.issuingState());
        boolean agree = chain.cscaCountry() != null && chain.cscaCountry().equals(chain.dsCountry())
                && chain.cscaCountry().equals(mrzState);
        run.add(agree ? Finding.pass(Check.ISSUING_STATE, "CSCA, DS and MRZ agree on " + chain.cscaCountry())
                : Finding.fail(Check.ISSUING_STATE, VerdictReason.ISSUING_STATE_MISMATCH,
                "CSCA " + chain.cscaCountry() + ", DS " + chain.dsCountry() + ", MRZ " + mrz.issuingState()));
    }

    private static void checkExpiry(Mrz mrz, Instant at, Run run) {
        LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
        LocalDate expiry;
        try {
            expiry = MrzDates.expiry(mrz.dateOfExpiry(), Year.from(today));
        } catch (RuntimeException e) {
            run.fail(Finding.fail(Check.DOCUMENT_EXPIRY, VerdictReason.MALFORMED_INPUT, "date of expiry invalid"));
            return;
        }
        // A document is valid through its date of expiry.
        run.add(today.isAfter(expiry)
                ? Finding.fail(Check.DOCUMENT_EXPIRY, VerdictReason.DOCUMENT_EXPIRED, "expired")
                : Finding.pass(Check.DOCUMENT_EXPIRY, "not expired"));
    }

    /**
     * Whether the chip has AA is decided by EF.SOD (does it hash DG15?), never by what the client chose to send: a
     * clone would simply leave DG15 and the answer out.
     *
     * @return true when the chip proved possession of its AA key
     */
    private boolean checkActiveAuthentication(VerificationRequest request, SecurityObject sod,
            Map<Integer, byte[]> groups, Map<Integer, Boolean> authentic, Run run) {
        if (!sod.covers(15)) {
            if (policy.withoutActiveAuthentication()
                    == VerificationPolicy.NoActiveAuthentication.ACCEPT_AT_LOWER_ASSURANCE) {
                run.add(Finding.pass(Check.ACTIVE_AUTHENTICATION, "chip has no AA: accepted at lower assurance"));
            } else {
                run.fail(Finding.fail(Check.ACTIVE_AUTHENTICATION, VerdictReason.AA_MISSING,
                        "chip has no AA and the policy requires it"));
            }
            return false;
        }
        VerificationRequest.ActiveAuthenticationExchange exchange = request.activeAuthentication();
        if (!groups.containsKey(15) || exchange == null || exchange.response() == null) {
            run.fail(Finding.fail(Check.ACTIVE_AUTHENTICATION, VerdictReason.AA_RESPONSE_MISSING,
                    "chip has AA (DG15 in EF.SOD) but no DG15 or no answer was presented"));
            return false;
        }
        if (!authentic.getOrDefault(15, false)) {
            return false;   // already failed on its hash
        }
        String problem;
        try {
            PublicKey key = ChipSecurityInfos.activeAuthenticationKey(groups.get(15));
            String ecdsaAlgorithm = authentic.getOrDefault(14, false)
                    ? ChipSecurityInfos.activeAuthenticationAlgorithm(groups.get(14)) : null;
            problem = key == null ? "DG15 holds no usable public key"
                    : ActiveAuthenticationVerifier.problem(key, ecdsaAlgorithm, exchange.challenge(),
                    exchange.response());
        } catch (IOException | RuntimeException e) {
            problem = "DG14/DG15 not decodable: " + e.getClass().getSimpleName();
        }
        if (problem == null) {
            run.add(Finding.pass(Check.ACTIVE_AUTHENTICATION, "chip answered the server's challenge"));
            return true;
        }
        run.fail(Finding.fail(Check.ACTIVE_AUTHENTICATION, VerdictReason.AA_FAILED, problem));
        return false;
    }

    /** Findings of one verification. */
    private static final class Run {
        private final List<Finding> findings = new ArrayList<>();
        private Instant validationTime;

        void add(Finding finding) {
            findings.add(finding);
        }

        void fail(Finding finding) {
            findings.add(finding);
        }

        boolean failed() {
            return findings.stream().anyMatch(f -> !f.passed());
        }

        Verdict verdict(Assurance assurance, ExtractedIdentity identity) {
            VerdictReason worst = null;
            for (Finding finding : findings) {
                if (!finding.passed() && (worst == null || finding.reason().ordinal() < worst.ordinal())) {
                    worst = finding.reason();
                }
            }
            if (worst == null && (assurance == null || identity == null)) {
                // Defence in depth: acceptance needs an explicit assurance and identity, never a mere absence of
                // failures.
                findings.add(Finding.fail(Check.INPUT, VerdictReason.MALFORMED_INPUT, "verification incomplete"));
                worst = VerdictReason.MALFORMED_INPUT;
            }
            if (worst != null) {
                return new Verdict(worst, null, null, findings, validationTime);
            }
            VerdictReason accepted = assurance == Assurance.CHIP_AUTHENTICATED ? VerdictReason.VERIFIED
                    : VerdictReason.VERIFIED_WITHOUT_ACTIVE_AUTHENTICATION;
            return new Verdict(accepted, assurance, identity, findings, validationTime);
        }
    }
}
