package io.kervan.esim.application;

import io.kervan.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A storefront's question "which bundle is this plan?": a country (ISO 3166 alpha-2, required), and optionally the
 * exact data in GB (1 GB = 1,000 MB, as eSIM Go counts; up to three decimals, so 0.5 is 500 MB) and days. Parsed
 * from query text; anything else is a 400 that names the parameter.
 */
public record BundleQuery(String country, Integer dataMb, Integer days) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern GIGABYTES = Pattern.compile("\\d{1,4}(\\.\\d{1,3})?");
    private static final Pattern DAYS = Pattern.compile("\\d{1,3}");
    private static final BigDecimal MAX_GB = BigDecimal.valueOf(1000);
    private static final int MAX_DAYS = 365;

    public static BundleQuery parse(String country, String dataGb, String days) {
        if (country == null || !COUNTRY.matcher(country.strip()).matches()) {
            throw new InvalidInputException("country", "country must be a two-letter ISO 3166 code such as TR");
        }
        return new BundleQuery(country.strip().toUpperCase(Locale.ROOT), megabytes(dataGb), days(days));
    }

    private static Integer megabytes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!GIGABYTES.matcher(text.strip()).matches()) {
            throw new InvalidInputException("data_gb", "data_gb must be a number of gigabytes such as 5 or 0.5");
        }
        BigDecimal gb = new BigDecimal(text.strip());
        if (gb.signum() <= 0 || gb.compareTo(MAX_GB) > 0) {
            throw new InvalidInputException("data_gb", "data_gb must be more than 0 and at most 1000");
        }
        return gb.movePointRight(3).intValueExact();
    }

    private static Integer days(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!DAYS.matcher(text.strip()).matches()) {
            throw new InvalidInputException("days", "days must be a whole number of days such as 7");
        }
        int days = Integer.parseInt(text.strip());
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "days must be between 1 and " + MAX_DAYS);
        }
        return days;
    }
}
