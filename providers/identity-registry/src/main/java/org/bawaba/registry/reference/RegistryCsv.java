package org.bawaba.registry.reference;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.bawaba.spi.registry.Identification;
import org.bawaba.spi.registry.PaymentMode;
import org.bawaba.spi.registry.Question;

/**
 * Reads the reference registry's CSV file: UTF-8, a header line naming the columns (in any order), then one person a
 * line. Values may be quoted ({@code "El Idrissi, née Alami"}, with {@code ""} for a quote) but never span lines;
 * blank lines and lines starting with {@code #} are skipped. Answers and the employer identifier are hashed as each
 * row is read. A bad row stops the whole read with its line and column, never its value.
 */
final class RegistryCsv {

    static final String REGISTRATION_NUMBER = "registration_number";
    static final String EMPLOYER_ID = "employer_id";
    static final String NATIONAL_ID = "national_id";
    static final String BIRTH_DATE = "birth_date";
    static final String PAYMENT_MODE = "payment_mode";
    static final String BANK_ACCOUNT_LAST8 = "bank_account_last8";
    static final String CIVIL_STATUS_NUMBER = "civil_status_number";
    static final String GIVEN_NAME = "given_name";
    static final String FAMILY_NAME = "family_name";
    static final String GIVEN_NAME_AR = "given_name_ar";
    static final String FAMILY_NAME_AR = "family_name_ar";
    static final String BIRTH_PLACE = "birth_place";
    static final String BIRTH_COUNTRY = "birth_country";
    static final String GENDER = "gender";

    static final List<String> COLUMNS = List.of(REGISTRATION_NUMBER, EMPLOYER_ID, NATIONAL_ID, BIRTH_DATE,
            PAYMENT_MODE, BANK_ACCOUNT_LAST8, CIVIL_STATUS_NUMBER, GIVEN_NAME, FAMILY_NAME, GIVEN_NAME_AR,
            FAMILY_NAME_AR, BIRTH_PLACE, BIRTH_COUNTRY, GENDER);

    /** The widths of the table's columns (see the changelog). */
    static final int MAX_IDENTIFIER = 64;
    static final int MAX_TEXT = 255;

    private final AnswerHasher hasher;

    RegistryCsv(AnswerHasher hasher) {
        this.hasher = hasher;
    }

    /**
     * Reads every row, handing each to {@code sink} as soon as it is read and checked.
     *
     * @return the number of people read
     * @throws CsvFormatException at the first bad line; rows before it have been handed on (run the whole read in one
     *                            transaction to load all or nothing)
     */
    int read(InputStream input, Consumer<PersonRecord> sink) throws IOException {
        Lines reader = new Lines(input);
        Map<String, Integer> seen = new HashMap<>();
        List<String> header = null;
        int lineNumber = 0;
        int count = 0;
        String line;
        while ((line = reader.next(lineNumber + 1)) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line, lineNumber, header);
            if (header == null) {
                header = header(fields, lineNumber);
                continue;
            }
            if (fields.size() != header.size()) {
                throw new CsvFormatException(lineNumber, null,
                        fields.size() + " values where the header names " + header.size() + " columns");
            }
            Row row = new Row(lineNumber, header, fields);
            PersonRecord person = person(row);
            Integer earlier = seen.putIfAbsent(person.registrationNumber(), lineNumber);
            if (earlier != null) {
                throw new CsvFormatException(lineNumber, REGISTRATION_NUMBER, "same as on line " + earlier);
            }
            sink.accept(person);
            count++;
        }
        if (header == null) {
            throw new CsvFormatException(Math.max(lineNumber, 1), null, "no header line");
        }
        return count;
    }

    private static List<String> header(List<String> fields, int lineNumber) {
        List<String> header = new ArrayList<>(fields.size());
        for (String field : fields) {
            String name = field.trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                // Not echoed: without a header line, this is a person's row.
                throw new CsvFormatException(lineNumber, "#" + (header.size() + 1),
                        "not a column name (is the header line missing?); the header names " + String.join(",", COLUMNS));
            }
            if (header.contains(name)) {
                throw new CsvFormatException(lineNumber, name, "named twice in the header");
            }
            header.add(name);
        }
        for (String column : COLUMNS) {
            if (!header.contains(column)) {
                throw new CsvFormatException(lineNumber, column, "missing from the header");
            }
        }
        return List.copyOf(header);
    }

    private PersonRecord person(Row row) {
        PaymentMode paymentMode = paymentMode(row);
        String bankAccount = row.get(BANK_ACCOUNT_LAST8);
        String civilStatus = row.get(CIVIL_STATUS_NUMBER);
        if (paymentMode == PaymentMode.BANK_TRANSFER && bankAccount.isEmpty()) {
            throw row.invalid(BANK_ACCOUNT_LAST8, "required when paid by BANK_TRANSFER");
        }
        if (paymentMode == PaymentMode.POSTAL_ORDER && civilStatus.isEmpty()) {
            throw row.invalid(CIVIL_STATUS_NUMBER, "required when paid by POSTAL_ORDER");
        }
        return new PersonRecord(
                identifier(row, REGISTRATION_NUMBER, "[0-9A-Z./]{1," + MAX_IDENTIFIER + "}",
                        "not a registration number (letters, digits, '.' and '/', at most " + MAX_IDENTIFIER + ")"),
                identifier(row, NATIONAL_ID, "[0-9A-Z]{4,32}", "not a national ID number (4 to 32 letters and digits)"),
                birthDate(row),
                hashed(row, EMPLOYER_ID, Question.EMPLOYER_ID, true),
                paymentMode,
                hashed(row, BANK_ACCOUNT_LAST8, Question.BANK_ACCOUNT_LAST8, false),
                hashed(row, CIVIL_STATUS_NUMBER, Question.CIVIL_STATUS_NUMBER, false),
                text(row, GIVEN_NAME, true),
                text(row, FAMILY_NAME, true),
                text(row, GIVEN_NAME_AR, false),
                text(row, FAMILY_NAME_AR, false),
                text(row, BIRTH_PLACE, false),
                birthCountry(row),
                gender(row));
    }

    private static String identifier(Row row, String column, String pattern, String why) {
        String value = Identification.normalize(row.get(column));
        if (value.isEmpty()) {
            throw row.invalid(column, "required");
        }
        if (!value.matches(pattern)) {
            throw row.invalid(column, why);
        }
        return value;
    }

    private static LocalDate birthDate(Row row) {
        String value = row.get(BIRTH_DATE);
        if (value.isEmpty()) {
            throw row.invalid(BIRTH_DATE, "required");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw row.invalid(BIRTH_DATE, "not a date as YYYY-MM-DD");
        }
    }

    private static PaymentMode paymentMode(Row row) {
        String value = row.get(PAYMENT_MODE).toUpperCase(Locale.ROOT);
        for (PaymentMode mode : PaymentMode.values()) {
            if (mode.name().equals(value)) {
                return mode;
            }
        }
        throw row.invalid(PAYMENT_MODE, "must be BANK_TRANSFER or POSTAL_ORDER");
    }

    /** The keyed hash of the answer; the clear value goes no further than this method. */
    private String hashed(Row row, String column, Question question, boolean required) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                throw row.invalid(column, "required");
            }
            return null;
        }
        String hash = hasher.hash(question, value);
        if (hash == null) {
            throw row.invalid(column, question == Question.BANK_ACCOUNT_LAST8 ? "must be exactly 8 digits"
                    : "must be letters, digits and '/', at most 64 once spaces, dots and dashes are dropped");
        }
        return hash;
    }

    private static String text(Row row, String column, boolean required) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                throw row.invalid(column, "required");
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw row.invalid(column, "longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    private static String birthCountry(Row row) {
        String value = row.get(BIRTH_COUNTRY).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("[A-Z]{2}")) {
            throw row.invalid(BIRTH_COUNTRY, "not an ISO 3166-1 alpha-2 country code");
        }
        return value;
    }

    private static String gender(Row row) {
        String value = row.get(GENDER).toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        if (!value.equals("female") && !value.equals("male")) {
            throw row.invalid(GENDER, "must be female or male");
        }
        return value;
    }

    /**
     * The values of one line. Quoted values keep their commas and spaces; a quote closes only before a comma or the
     * end of the line.
     *
     * @param header null while reading the header itself: errors then name the column by its position
     */
    static List<String> split(String line, int lineNumber, List<String> header) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inQuotes) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    inQuotes = false;
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
            } else if (quoted) {
                if (!Character.isWhitespace(c)) {
                    throw new CsvFormatException(lineNumber, columnName(header, fields.size()),
                            "text after a closing quote");
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                inQuotes = true;
                quoted = true;
            } else {
                field.append(c);
            }
        }
        if (inQuotes) {
            throw new CsvFormatException(lineNumber, columnName(header, fields.size()),
                    "quote not closed on its line (values cannot span lines)");
        }
        fields.add(field.toString());
        return fields;
    }

    private static String columnName(List<String> header, int index) {
        if (header != null && index < header.size()) {
            return header.get(index);
        }
        return "#" + (index + 1);
    }

    /**
     * The file's lines, each decoded on its own so that bad bytes are reported on their line (a newline byte is never
     * part of a UTF-8 sequence). Ends of line are LF or CRLF.
     */
    private static final class Lines {

        private final InputStream in;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

        Lines(InputStream in) {
            this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
        }

        String next(int lineNumber) throws IOException {
            line.reset();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1 && line.size() == 0) {
                return null;
            }
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            } catch (CharacterCodingException e) {
                throw new CsvFormatException(lineNumber, null, "not UTF-8 text");
            }
        }
    }

    /** One line's values by column name, trimmed. */
    private record Row(int line, List<String> header, List<String> fields) {

        String get(String column) {
            return fields.get(header.indexOf(column)).trim();
        }

        CsvFormatException invalid(String column, String why) {
            return new CsvFormatException(line, column, why);
        }

        @Override
        public String toString() {
            return "Row[line " + line + "]";
        }
    }
}
