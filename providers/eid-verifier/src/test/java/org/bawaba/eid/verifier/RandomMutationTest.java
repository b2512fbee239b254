package org.bawaba.eid.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentFactory;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.verifier.identity.ExtractedIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded random mutations of a genuine presentation. Set -Deid.mutation.seed=N to replay a run; the
 * seed is printed.
 */
class RandomMutationTest {

    private static final long SEED = Long.getLong("eid.mutation.seed", 0x5EEDB4BAL);
    private static final int RAW_MUTATIONS = 3000;
    private static final int RESIGNED_MUTATIONS = 1000;
    private static final int[] TARGET_GROUPS = {1, 2, 11, 14, 15};

    private static DocumentFactory factory;
    private static ChipDocument genuine;
    private static ChipDocumentVerifier verifier;
    private static ExtractedIdentity genuineIdentity;

    @BeforeAll
    static void genuineDocument() {
        factory = Fixtures.factory();
        genuine = factory.issue(DocumentSpec.moroccanCnie(Fixtures.TODAY), Fixtures.moroccoRsa().documentSigner());
        verifier = Fixtures.verifier(Fixtures.trust(Fixtures.moroccoRsa()), VerificationPolicy.strict());
        Verdict verdict = verifier.verify(Fixtures.request(genuine.present(Fixtures.CHALLENGE)));
        assertThat(verdict.reason()).isEqualTo(VerdictReason.VERIFIED);
        genuineIdentity = verdict.identity().orElseThrow();
        System.out.printf("RandomMutationTest seed=0x%X (replay with -Deid.mutation.seed=%d)%n", SEED, SEED);
    }

    /** Mutations of the bytes as sent: every one must be rejected cleanly, none may throw. */
    @Test
    void rawMutations_areAllRejectedCleanly() {
        Random random = new Random(SEED);
        byte[] answer = genuine.answerChallenge(Fixtures.CHALLENGE).orElseThrow();
        Map<VerdictReason, Integer> reasons = new EnumMap<>(VerdictReason.class);
        int harmless = 0;
        for (int i = 0; i < RAW_MUTATIONS; i++) {
            byte[] sod = genuine.sod();
            Map<Integer, byte[]> groups = new TreeMap<>(genuine.dataGroups());
            byte[] response = answer.clone();
            int target = random.nextInt(10);
            if (target < 4) {
                sod = mutate(sod, random);
            } else if (target < 8) {
                int dg = TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)];
                groups.put(dg, mutate(groups.get(dg), random));
            } else if (target == 8) {
                response = mutate(response, random);
            } else {
                structural(groups, random);
            }
            VerificationRequest request = VerificationRequest.of(sod, groups)
                    .withActiveAuthentication(Fixtures.CHALLENGE, response);

            Verdict verdict = verifyWithoutThrowing(request, i);
            if (verdict.accepted()) {
                // Would only be a change to an unsigned part of the CMS encoding: the reader pins those too.
                assertThat(verdict.identity().orElseThrow()).usingRecursiveComparison()
                        .ignoringFields("faceImage").isEqualTo(genuineIdentity);
                harmless++;
            }
            reasons.merge(verdict.reason(), 1, Integer::sum);
        }
        System.out.println("raw mutations: " + RAW_MUTATIONS + ", verdicts " + reasons
                + ", accepted-as-identical " + harmless);
        assertThat(harmless).isZero();
    }

    /** How a changed data group is re-signed, and so what the verifier may legitimately conclude. */
    enum Resigning {
        /**
         * The trusted DS hashes and signs the changed group: it is authentic, so hostile content reaches the data
         * group decoders (JMRTD included). Passive authentication passes; the verdict is one of
         * {@link #AUTHENTIC_CHANGE_OUTCOMES} for the changed group.
         */
        TRUSTED_SIGNER_OVER_CHANGED_GROUP,
        /** The rogue DS (same name, untrusted CSCA) signs it: never accepted, the chain fails. */
        ROGUE_SIGNER_OVER_CHANGED_GROUP,
        /** The trusted DS signs a fresh EF.SOD over the original groups: the changed group fails its hash. */
        TRUSTED_SIGNER_OVER_ORIGINAL_GROUPS
    }

    /**
     * An authentic (trusted-signed) change can still be refused by the checks that read the group's content, and
     * only by those: DG1 by the MRZ checks, DG2 and DG11 by their decoding, DG14 and DG15 by Active Authentication.
     */
    static final Map<Integer, Set<VerdictReason>> AUTHENTIC_CHANGE_OUTCOMES = Map.of(
            1, EnumSet.of(VerdictReason.VERIFIED, VerdictReason.MALFORMED_INPUT,
                    VerdictReason.MRZ_CHECK_DIGIT_INVALID, VerdictReason.ISSUING_STATE_MISMATCH,
                    VerdictReason.DOCUMENT_EXPIRED),
            2, EnumSet.of(VerdictReason.VERIFIED, VerdictReason.MALFORMED_INPUT),
            11, EnumSet.of(VerdictReason.VERIFIED, VerdictReason.MALFORMED_INPUT),
            14, EnumSet.of(VerdictReason.VERIFIED, VerdictReason.AA_FAILED),
            15, EnumSet.of(VerdictReason.VERIFIED, VerdictReason.AA_FAILED));

    /** Identity fields a change of each group may alter when the result is still accepted. */
    private static final Map<Integer, String[]> FIELDS_FROM = Map.of(
            1, new String[] {"documentType", "documentCode", "issuingState", "documentNumber", "primaryIdentifier",
                    "secondaryIdentifier", "nationality", "dateOfBirth", "sex", "dateOfExpiry", "personalNumber",
                    "optionalData1", "optionalData2"},
            2, new String[] {},
            11, new String[] {"personalNumber", "fullNameLatin", "fullNameArabic", "otherNames", "fullDateOfBirth",
                    "placeOfBirth"},
            14, new String[] {},
            15, new String[] {});

    /** Changed data groups re-signed three ways; each verdict is checked against what that way may yield. */
    @Test
    void resignedMutations_yieldOnlyTheirLegitimateOutcomes() {
        Random random = new Random(SEED ^ 0x9E3779B97F4A7C15L);
        byte[] answer = genuine.answerChallenge(Fixtures.CHALLENGE).orElseThrow();
        Map<Resigning, Map<VerdictReason, Integer>> reasons = new EnumMap<>(Resigning.class);
        for (int i = 0; i < RESIGNED_MUTATIONS; i++) {
            Resigning resigning = Resigning.values()[random.nextInt(Resigning.values().length)];
            Map<Integer, byte[]> groups = new TreeMap<>(genuine.dataGroups());
            int dg = TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)];
            groups.put(dg, mutate(groups.get(dg), random));
            byte[] sod = switch (resigning) {
                case TRUSTED_SIGNER_OVER_CHANGED_GROUP -> factory.resign(genuine, groups, groups.keySet(),
                        Fixtures.moroccoRsa().documentSigner()).sod();
                case ROGUE_SIGNER_OVER_CHANGED_GROUP -> factory.resign(genuine, groups, groups.keySet(),
                        Fixtures.moroccoRsa().rogueDocumentSigner()).sod();
                case TRUSTED_SIGNER_OVER_ORIGINAL_GROUPS -> factory.resign(genuine, genuine.dataGroups(),
                        genuine.dataGroups().keySet(), Fixtures.moroccoRsa().documentSigner()).sod();
            };
            Verdict verdict = verifyWithoutThrowing(VerificationRequest.of(sod, groups)
                    .withActiveAuthentication(Fixtures.CHALLENGE, answer), i);
            String what = String.format("mutation %d (seed %d): %s of DG%d gave %s", i, SEED, resigning, dg,
                    verdict.findings());
            if (groups.get(dg).length == 0) {
                // Truncated to nothing: refused as input before anything is signed or hashed.
                assertThat(verdict.failureReasons()).as(what).containsExactly(VerdictReason.MALFORMED_INPUT);
                assertThat(verdict.findings(Check.INPUT)).as(what).singleElement().matches(f -> !f.passed());
            } else {
                assertLegitimate(resigning, verdict, dg, what);
            }
            assertThat(verdict.accepted() || verdict.identity().isEmpty()).as(what).isTrue();
            reasons.computeIfAbsent(resigning, k -> new EnumMap<>(VerdictReason.class))
                    .merge(verdict.reason(), 1, Integer::sum);
        }
        System.out.println("re-signed mutations: " + RESIGNED_MUTATIONS + ", verdicts " + reasons);
        assertThat(reasons).as("every way of re-signing was tried").hasSize(Resigning.values().length);
    }

    private static void assertLegitimate(Resigning resigning, Verdict verdict, int dg, String what) {
        switch (resigning) {
            case TRUSTED_SIGNER_OVER_CHANGED_GROUP -> assertAuthenticChange(verdict, dg, what);
            case ROGUE_SIGNER_OVER_CHANGED_GROUP -> {
                assertThat(verdict.findings(Check.SOD_SIGNATURE)).as(what).singleElement().matches(Finding::passed);
                assertThat(verdict.findings(Check.DS_CHAIN)).as(what).singleElement()
                        .matches(f -> f.reason() == VerdictReason.DS_CHAIN_UNTRUSTED);
                // An unparseable DG1 is reported first: its MRZ is read because the CMS signature holds.
                assertThat(verdict.reason()).as(what).isIn(dg == 1
                        ? EnumSet.of(VerdictReason.DS_CHAIN_UNTRUSTED, VerdictReason.MALFORMED_INPUT)
                        : EnumSet.of(VerdictReason.DS_CHAIN_UNTRUSTED));
            }
            case TRUSTED_SIGNER_OVER_ORIGINAL_GROUPS -> {
                assertThat(verdict.failureReasons()).as(what).containsExactly(VerdictReason.DG_HASH_MISMATCH);
                assertThat(verdict.dataGroupHash(dg)).as(what)
                        .hasValueSatisfying(f -> assertThat(f.passed()).isFalse());
            }
        }
    }

    private static void assertAuthenticChange(Verdict verdict, int dg, String what) {
        assertThat(verdict.findings(Check.SOD_SIGNATURE)).as(what).singleElement().matches(Finding::passed);
        assertThat(verdict.findings(Check.DS_CHAIN)).as(what).singleElement().matches(Finding::passed);
        assertThat(verdict.findings(Check.DG_HASH)).as(what).hasSize(genuine.dataGroups().size())
                .allMatch(Finding::passed);
        assertThat(verdict.reason()).as(what).isIn(AUTHENTIC_CHANGE_OUTCOMES.get(dg));
        if (verdict.accepted()) {
            // Accepted: everything the changed group does not feed is the genuine document's.
            assertThat(verdict.identity().orElseThrow()).as(what).usingRecursiveComparison()
                    .ignoringFields(FIELDS_FROM.get(dg)).ignoringFields("faceImage").isEqualTo(genuineIdentity);
            if (dg != 2) {
                assertThat(verdict.identity().orElseThrow().faceImage().bytes()).as(what)
                        .isEqualTo(genuineIdentity.faceImage().bytes());
            }
        }
    }

    @Test
    void garbageAndNulls_areMalformedInput() {
        Random random = new Random(SEED);
        List<VerificationRequest> requests = new java.util.ArrayList<>(List.of(
                new VerificationRequest(null, null, null),
                VerificationRequest.of(new byte[0], Map.of()),
                VerificationRequest.of(new byte[] {0x77, (byte) 0x84, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
                        Map.of()),
                VerificationRequest.of(genuine.sod(), Map.of(1, new byte[0])),
                VerificationRequest.of(genuine.sod(), Map.of(99, new byte[] {1})),
                VerificationRequest.of(genuine.sod(), genuine.dataGroups())
                        .withActiveAuthentication(null, null),
                VerificationRequest.of(genuine.sod(), genuine.dataGroups())
                        .withActiveAuthentication(new byte[3], new byte[0])));
        for (int i = 0; i < 200; i++) {
            byte[] noise = new byte[random.nextInt(4096)];
            random.nextBytes(noise);
            requests.add(VerificationRequest.of(noise, Map.of(1, noise, 2, noise)));
        }
        for (int i = 0; i < requests.size(); i++) {
            Verdict verdict = verifyWithoutThrowing(requests.get(i), i);
            assertThat(verdict.accepted()).isFalse();
        }
        assertThat(verifier.verify(null).reason()).isEqualTo(VerdictReason.MALFORMED_INPUT);
    }

    private static Verdict verifyWithoutThrowing(VerificationRequest request, int index) {
        Verdict[] out = new Verdict[1];
        assertThatCode(() -> out[0] = verifier.verify(request)).as("mutation %d (seed %d)", index, SEED)
                .doesNotThrowAnyException();
        assertThat(out[0]).isNotNull();
        assertThat(out[0].reason()).isNotNull();
        assertThat(out[0].findings()).isNotEmpty();
        return out[0];
    }

    private static void structural(Map<Integer, byte[]> groups, Random random) {
        switch (random.nextInt(3)) {
            // Withholding optional DG11/DG14 is legitimate; withholding DG1, DG2 or (AA chip) DG15 is not.
            case 0 -> groups.remove(new int[] {1, 2, 15}[random.nextInt(3)]);
            case 1 -> {
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                groups.put(3 + random.nextInt(8), junk);
            }
            default -> {
                int a = TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)];
                int b = TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)];
                if (a == b) {
                    groups.remove(1);
                } else {
                    byte[] swap = groups.get(a);
                    groups.put(a, groups.get(b));
                    groups.put(b, swap);
                }
            }
        }
    }

    /** One random change that always alters the bytes. */
    static byte[] mutate(byte[] input, Random random) {
        while (true) {
            byte[] out = mutateOnce(input, random);
            if (!Arrays.equals(out, input)) {
                return out;
            }
        }
    }

    private static byte[] mutateOnce(byte[] input, Random random) {
        int n = input.length;
        int at = random.nextInt(n);
        switch (random.nextInt(7)) {
            case 0: {
                byte[] out = input.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
                return out;
            }
            case 1: {
                byte[] out = input.clone();
                out[at] = (byte) random.nextInt(256);
                return out;
            }
            case 2:
                return Arrays.copyOf(input, at);
            case 3: {
                byte[] extra = new byte[1 + random.nextInt(16)];
                random.nextBytes(extra);
                byte[] out = Arrays.copyOf(input, n + extra.length);
                System.arraycopy(extra, 0, out, n, extra.length);
                return out;
            }
            case 4: {
                int len = 1 + random.nextInt(Math.min(32, n - at));
                byte[] out = new byte[n - len];
                System.arraycopy(input, 0, out, 0, at);
                System.arraycopy(input, at + len, out, at, n - at - len);
                return out;
            }
            case 5: {
                byte[] out = input.clone();
                int len = Math.min(n - at, 1 + random.nextInt(64));
                Arrays.fill(out, at, at + len, (byte) 0);
                return out;
            }
            default: {
                // length bytes are the favourite target of parser attacks
                byte[] out = input.clone();
                out[at] = (byte) (0x80 | random.nextInt(5));
                return out;
            }
        }
    }
}
