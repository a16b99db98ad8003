package io.kervan.webkit.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Rows of CSV (RFC 4180: comma-separated, CRLF after each row, a field with a comma, quote or line break quoted and
 * its quotes doubled) for people who open exports in a spreadsheet. A text that a spreadsheet would run as a formula
 * (one starting with {@code = + - @}, a tab or a carriage return) is written with an apostrophe in front, so a
 * customer who named themselves {@code =HYPERLINK(...)} cannot make a shop's export do anything. Numbers are written
 * as they are.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** One row; {@link Number}s as plain numbers ({@code 1234.50}), anything else as text, null as an empty field. */
    public CsvWriter row(Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i]));
        }
        out.write("\r\n");
        return this;
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return quoted(defused(value.toString()));
    }

    private static String defused(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static String quoted(String text) {
        boolean needed = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needed ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
