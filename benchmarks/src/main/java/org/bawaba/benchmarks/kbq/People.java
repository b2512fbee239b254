package org.bawaba.benchmarks.kbq;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Who the attempts identify as: the people of the registry's CSV file (known), and made-up identifications that name
 * nobody (unknown). Both answer wrong answers of the same shapes, drawn from the same generator.
 */
final class People {

    /** An identification as typed on the page; the real answers are those of a known person, null for a stranger. */
    record Person(String registrationNumber, String employerId, String nationalId, LocalDate birthDate,
                  Map<String, String> realAnswers) {

        String identifier(String kind) {
            return kind.equals("EMPLOYER_ID") ? employerId : registrationNumber;
        }
    }

    private final List<Person> known;
    private final Set<String> knownRegistrationNumbers = new HashSet<>();
    private final Set<String> knownNationalIds = new HashSet<>();
    private final Random random;
    private int next;

    private People(List<Person> known, Random random) {
        this.known = known;
        this.random = random;
        known.forEach(p -> {
            knownRegistrationNumbers.add(p.registrationNumber());
            knownNationalIds.add(p.nationalId());
        });
    }

    /** The people of a reference-registry CSV file (providers/identity-registry/README.md: header, then a row each). */
    static People fromCsv(Path csv, Random random) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        if (lines.size() < 2) {
            throw new IllegalArgumentException(csv + " holds nobody");
        }
        List<String> header = fields(lines.get(0));
        List<Person> people = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> values = fields(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < values.size(); i++) {
                row.put(header.get(i).trim(), values.get(i).trim());
            }
            Map<String, String> answers = new LinkedHashMap<>();
            answers.put("EMPLOYER_ID", row.get("employer_id"));
            answers.put("BANK_ACCOUNT_LAST8", row.get("bank_account_last8"));
            answers.put("CIVIL_STATUS_NUMBER", row.get("civil_status_number"));
            people.add(new Person(row.get("registration_number"), row.get("employer_id"), row.get("national_id"),
                    LocalDate.parse(row.get("birth_date")), answers));
        }
        return new People(List.copyOf(people), random);
    }

    int knownCount() {
        return known.size();
    }

    /** The known people in turn. */
    Person nextKnown() {
        return known.get(next++ % known.size());
    }

    /** A well-formed identification that names nobody: a registration number, employer id and ID not in the file. */
    Person unknown() {
        while (true) {
            String registrationNumber = "19" + digits(7);
            String nationalId = letter() + letter() + digits(6);
            if (!knownRegistrationNumbers.contains(registrationNumber) && !knownNationalIds.contains(nationalId)) {
                LocalDate birthDate = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365));
                return new Person(registrationNumber, "9" + digits(6), nationalId, birthDate, Map.of());
            }
        }
    }

    /**
     * A wrong answer to each question: well-formed (so the registry hashes it as it would a right one) and never the
     * person's real answer. The same shapes for both kinds of attempt.
     */
    Map<String, String> wrongAnswers(Person person, List<String> questions) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String question : questions) {
            String answer;
            do {
                answer = switch (question) {
                    case "EMPLOYER_ID" -> "1" + digits(6);
                    case "BANK_ACCOUNT_LAST8" -> digits(8);
                    case "CIVIL_STATUS_NUMBER" -> (1 + random.nextInt(2999)) + "/" + (1950 + random.nextInt(50));
                    default -> throw new IllegalStateException("a question this benchmark does not know: " + question);
                };
            } while (answer.equalsIgnoreCase(person.realAnswers().getOrDefault(question, "").replace("-", "")));
            answers.put(question, answer);
        }
        return answers;
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private String letter() {
        return String.valueOf((char) ('A' + random.nextInt(26)));
    }

    /** One CSV line's values: comma-separated, a value quoted when it holds a comma ({@code ""} for a quote). */
    private static List<String> fields(String line) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                value.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        return values;
    }
}
