package org.bawaba.benchmarks.eid;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bawaba.eid.simulator.app.HolderApp;
import org.bawaba.eid.simulator.app.Transaction;
import org.bawaba.eid.simulator.document.ChipDocument;
import org.bawaba.eid.simulator.document.DocumentFactory;
import org.bawaba.eid.simulator.document.DocumentSpec;
import org.bawaba.eid.simulator.document.FaceImages;
import org.bawaba.eid.simulator.document.Presentation;
import org.bawaba.eid.simulator.pki.TestPki;

/**
 * A person of the load: a random Moroccan CNIE (RSA Active Authentication, own face) issued by the test PKI's
 * document signer, and the selfie the phone takes (the chip's portrait, so the faces match).
 */
record LoadHolder(ChipDocument document, byte[] selfie) {

    /** Latin and Arabic spellings (DG11 carries both). */
    private static final String[][] SURNAMES = {{"BENANI", "بناني"}, {"EL ALAOUI", "العلوي"}, {"TAZI", "التازي"},
        {"BERRADA", "برادة"}, {"CHRAIBI", "الشرايبي"}};
    private static final String[][] GIVEN_NAMES = {{"YOUSSEF", "يوسف"}, {"FATIMA", "فاطمة"}, {"KARIM", "كريم"},
        {"SALMA", "سلمى"}, {"OMAR", "عمر"}};

    /** {@code count} holders with distinct CNIE numbers (two letters, six digits) and faces. */
    static List<LoadHolder> issue(TestPki pki, int count, SecureRandom random) {
        DocumentFactory factory = new DocumentFactory(random, Clock.systemUTC());
        Set<String> numbers = new HashSet<>();
        List<LoadHolder> holders = new ArrayList<>();
        while (holders.size() < count) {
            String number = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                    + String.format("%06d", random.nextInt(1_000_000));
            if (!numbers.add(number)) {
                continue;
            }
            String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String[] givenName = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
            DocumentSpec spec = DocumentSpec.forPerson(number, surname[0], givenName[0], surname[1], givenName[1],
                    LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    random.nextBoolean() ? 'F' : 'M', "RABAT", random.nextLong());
            ChipDocument document = factory.issue(spec, pki.documentSigner());
            holders.add(new LoadHolder(document, FaceImages.portrait(document.dataGroup(2))));
        }
        return holders;
    }

    /**
     * The body the phone posts for {@code transaction}: the data groups it asks for, the chip's answer to its
     * challenge when it asks for Active Authentication, the selfie when it asks for one.
     */
    String presentationFor(Transaction transaction) {
        Presentation read = document.present(transaction.challenge());
        Map<Integer, byte[]> asked = read.dataGroups();
        asked.keySet().removeIf(number -> !transaction.dataGroups().contains(number));
        Presentation sent = new Presentation(read.sod(), asked, read.challenge(),
                transaction.activeAuthentication() ? read.aaResponse() : null);
        return HolderApp.presentationJson(sent, transaction.selfie() ? selfie : null);
    }
}
