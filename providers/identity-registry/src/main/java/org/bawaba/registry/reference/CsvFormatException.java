package org.bawaba.registry.reference;

/**
 * A registry CSV file that cannot be loaded. The message gives the line and the column, never the value: it may be
 * an answer or an identifier.
 */
final class CsvFormatException extends RuntimeException {

    private final int line;

    CsvFormatException(int line, String column, String why) {
        super("line " + line + (column == null ? "" : ", column " + column) + ": " + why);
        this.line = line;
    }

    int line() {
        return line;
    }
}
