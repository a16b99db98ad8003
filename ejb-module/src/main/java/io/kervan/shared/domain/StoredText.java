package io.kervan.shared.domain;

/**
 * Text that Kervan will store, as it comes from outside (a provider's event, say): PostgreSQL cannot hold the NUL
 * character (U+0000), and every column has a size. Checking where the text is read turns what would fail at the
 * database as a 500 into a 400 that names the field.
 */
public final class StoredText {

    private StoredText() {
    }

    /** {@code value} (null passes), if it holds no NUL and has at most {@code maxLength} characters. */
    public static String require(String field, String value, int maxLength) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, field + " must not contain the NUL character (U+0000)");
        }
        if (value != null && value.length() > maxLength) {
            throw new InvalidInputException(field, field + " is at most " + maxLength + " characters");
        }
        return value;
    }

    /** {@code value} stripped, if it then has 1 to {@code maxLength} characters and no NUL (a name, a title). */
    public static String requireFilled(String field, String value, int maxLength) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > maxLength) {
            throw new InvalidInputException(field, field + " is 1 to " + maxLength + " characters");
        }
        return require(field, stripped, maxLength);
    }
}
