package io.kervan.webkit.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Money and dates as a page in one language writes them: {@code ₺1.234,56} in Turkish, {@code TRY 1,234.56} in English
 * (the ISO code, as shops selling abroad write it), {@code 1 234,56 TRY} in Russian. Amounts are exact decimals;
 * nothing here rounds through floating point. One instance per language serves every request: a number format costs
 * more to build than a whole product card to render, and is not safe to share, so each thread keeps one per currency.
 */
public final class Formats {

    private static final char NO_BREAK = '\u00a0';

    private final Language language;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final ThreadLocal<Map<String, NumberFormat>> moneyFormats = ThreadLocal.withInitial(HashMap::new);

    public Formats(Language language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).withZone(zone);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(zone);
    }

    /** {@code amount} is a decimal string as views carry it ({@code "1234.56"}). */
    public String money(String amount, String currency) {
        return amount == null ? "" : money(new BigDecimal(amount), currency);
    }

    public String money(BigDecimal amount, String currency) {
        String formatted = moneyFormats.get().computeIfAbsent(currency, this::moneyFormat).format(amount);
        return language == Language.EN ? currency + NO_BREAK + formatted : formatted;
    }

    /** English writes the ISO code before a plain number ({@link #money} adds it); the others as their locale does. */
    private NumberFormat moneyFormat(String currency) {
        Currency unit = Currency.getInstance(currency);
        NumberFormat format;
        if (language == Language.EN) {
            format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        } else {
            format = NumberFormat.getCurrencyInstance(localeWithCountry());
            format.setCurrency(unit);
        }
        format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
        format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
        return format;
    }

    /**
     * {@code amount} (a decimal string as views carry it) as a form field shows it to be typed over: without grouping
     * and with the language's decimal mark ({@code 1234,56} in Turkish, {@code 1234.56} in English).
     */
    public String amountToType(String amount) {
        if (amount == null) {
            return "";
        }
        return language == Language.EN ? amount : amount.replace('.', ',');
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** For {@code <time datetime>}: the instant in ISO form. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public ZoneId zone() {
        return zone;
    }

    private Locale localeWithCountry() {
        return switch (language) {
            case TR -> Locale.forLanguageTag("tr-TR");
            case RU -> Locale.forLanguageTag("ru-RU");
            case EN -> Locale.US;
        };
    }
}
