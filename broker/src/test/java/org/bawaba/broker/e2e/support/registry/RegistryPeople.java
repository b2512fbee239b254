package org.bawaba.broker.e2e.support.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The people of the test server's reference registry: written once per test JVM as the CSV the server loads at
 * start, with identifiers of their own for this run (a database kept from an earlier run never holds their accounts),
 * handed out one per test so that no two tests share a person, an account or a cool-down.
 */
public final class RegistryPeople {

    /** Test-only key for the reference registry's keyed hashes (base64 of 32 bytes). */
    public static final String HASH_KEY = "dGVzdC1vbmx5LXJlZ2lzdHJ5LWhhc2gta2V5LTMyYnl0ZXM=";
    private static final int PEOPLE_PER_MODE = 40;
    private static final RegistryPeople INSTANCE = new RegistryPeople();

    /**
     * A registered person and the answers only they know.
     *
     * @param paymentMode BANK_TRANSFER or POSTAL_ORDER
     */
    public record Person(String registrationNumber, String employerId, String nationalId, LocalDate birthDate,
                         String paymentMode, String bankAccountLast8, String civilStatusNumber, String givenName,
                         String familyName, String givenNameAr, String familyNameAr, String birthPlace,
                         String birthCountry, String gender) {

        /** The answer the registry expects to a question, by the question's name. */
        public String answer(String question) {
            return switch (question) {
                case "BANK_ACCOUNT_LAST8" -> bankAccountLast8;
                case "CIVIL_STATUS_NUMBER" -> civilStatusNumber;
                case "EMPLOYER_ID" -> employerId;
                default -> throw new IllegalArgumentException(question);
            };
        }

        /** The birth date as the form takes it. */
        public String birthDateTyped() {
            return birthDate.toString();
        }

        /** Someone the registry does not know, with identifiers of the same shape. */
        public Person stranger() {
            return new Person("9" + registrationNumber.substring(1), "E9" + registrationNumber.substring(1),
                    "ZZ" + nationalId.substring(2), birthDate, paymentMode, bankAccountLast8, civilStatusNumber, givenName, familyName,
                    givenNameAr, familyNameAr, birthPlace, birthCountry, gender);
        }
    }

    private final List<Person> bankTransfer = new ArrayList<>();
    private final List<Person> postalOrder = new ArrayList<>();
    private final AtomicInteger nextBank = new AtomicInteger();
    private final AtomicInteger nextPostal = new AtomicInteger();
    private final Path csv;

    private RegistryPeople() {
        SecureRandom random = new SecureRandom();
        int run = 100 + random.nextInt(900);
        for (int i = 0; i < PEOPLE_PER_MODE * 2; i++) {
            boolean bank = i % 2 == 0;
            String number = String.format("%03d%06d", run, 100000 + random.nextInt(900000));
            Person person = new Person(number, "E" + number, "R" + (char) ('A' + random.nextInt(26)) + number.substring(3),
                    LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50)), bank ? "BANK_TRANSFER" : "POSTAL_ORDER",
                    String.format("%08d", random.nextInt(100_000_000)), (10 + random.nextInt(90)) + "/" + (1950 + random.nextInt(60)),
                    "Hamza", "Alaoui", "حمزة", "العلوي", "Fès", "MA", "male");
            (bank ? bankTransfer : postalOrder).add(person);
        }
        try {
            csv = Files.createTempFile("bawaba-e2e-registry-", ".csv");
            List<String> lines = new ArrayList<>();
            lines.add("registration_number,employer_id,national_id,birth_date,payment_mode,bank_account_last8,"
                    + "civil_status_number,given_name,family_name,given_name_ar,family_name_ar,birth_place,birth_country,gender");
            for (Person p : all()) {
                lines.add(String.join(",", p.registrationNumber, p.employerId, p.nationalId, p.birthDate.toString(),
                        p.paymentMode, p.bankAccountLast8, p.civilStatusNumber, p.givenName, p.familyName, p.givenNameAr,
                        p.familyNameAr, p.birthPlace, p.birthCountry, p.gender));
            }
            Files.write(csv, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV file the server's reference registry loads. */
    public static Path csv() {
        return INSTANCE.csv;
    }

    /** A person paid by bank transfer no other test has had. */
    public static Person paidByBankTransfer() {
        return INSTANCE.bankTransfer.get(INSTANCE.nextBank.getAndIncrement());
    }

    /** A person paid by postal money order no other test has had. */
    public static Person paidByPostalOrder() {
        return INSTANCE.postalOrder.get(INSTANCE.nextPostal.getAndIncrement());
    }

    private List<Person> all() {
        List<Person> all = new ArrayList<>(bankTransfer);
        all.addAll(postalOrder);
        return all;
    }
}
