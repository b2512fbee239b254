package org.bawaba.eid.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    /**
     * Mutations re-hashed and re-signed by the trusted DS: hostile content reaches the data group decoders
     * (JMRTD included). The verdict may be anything but must be clean.
     */
    @Test
    void resignedMutations_neverThrow() {
        Random random = new Random(SEED ^ 0x9E3779B97F4A7C15L);
        Map<VerdictReason, Integer> reasons = new EnumMap<>(VerdictReason.class);
        for (int i = 0; i < RESIGNED_MUTATIONS; i++) {
            Map<Integer, byte[]> groups = new TreeMap<>(genuine.dataGroups());
            int dg = TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)];
            groups.put(dg, mutate(groups.get(dg), random));
            ChipDocument resigned = factory.resign(genuine, groups, groups.keySet(),
                    Fixtures.moroccoRsa().documentSigner());
            Verdict verdict = verifyWithoutThrowing(Fixtures.request(resigned.present(Fixtures.CHALLENGE)), i);
            reasons.merge(verdict.reason(), 1, Integer::sum);
        }
        System.out.println("re-signed mutations: " + RESIGNED_MUTATIONS + ", verdicts " + reasons);
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
