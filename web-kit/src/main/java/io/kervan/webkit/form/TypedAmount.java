package io.kervan.webkit.form;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount of money as a person types it, in Turkish ({@code 1.234,56}) or plain ({@code 1234.56}, {@code 1,234.56})
 * writing: the separator followed by one or two digits at the end is the decimal one, and the other separator may
 * group thousands (in threes). A lone separator followed by exactly three digits ({@code 1.234}, {@code 1,234}) could
 * be either (one thousand two hundred thirty-four, or one and a bit) and is refused rather than guessed, as is
 * anything else (letters, signs, a currency symbol, more than two decimals).
 */
public final class TypedAmount {

    private static final Pattern PLAIN = Pattern.compile("\\d{1,12}([.,]\\d{1,2})?");
    private static final Pattern TURKISH = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
    private static final Pattern ENGLISH = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");

    private static final Pattern AMBIGUOUS = Pattern.compile("\\d{1,3}[.,]\\d{3}");

    private TypedAmount() {
    }

    /** Whether {@code typed} is refused only because its one separator could be either (see above). */
    public static boolean ambiguous(String typed) {
        return typed != null && AMBIGUOUS.matcher(typed.strip().replace(" ", "")).matches();
    }

    /** The amount typed, or empty when it is not one of the writings above (the form then says how to write it). */
    public static Optional<BigDecimal> parse(String typed) {
        String text = typed == null ? "" : typed.strip().replace(" ", "");
        if (PLAIN.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text.replace(',', '.')));
        }
        if (text.chars().filter(c -> c == '.' || c == ',').count() == 1) {
            return Optional.empty();
        }
        if (TURKISH.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text.replace(".", "").replace(',', '.')));
        }
        if (ENGLISH.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text.replace(",", "")));
        }
        return Optional.empty();
    }
}
