package io.kervan.esim.domain;

import io.kervan.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * How a shop prices eSIM Go bundles, from its eSIM Go integration's config: the bundle's cost plus
 * {@code markup_percent} per cent plus {@code markup_fixed}, then rounded <em>up</em>, so that no price falls below
 * the markup: to a multiple of {@code rounding_step} (0.01 unless set: whole cents), or, when {@code price_ending}
 * is set, to the next price that ends in those cents (0.99: 4.20 becomes 4.99, 5.00 becomes 5.99). Exact decimal
 * arithmetic throughout; with no settings a bundle sells at its cost.
 */
public record MarkupRule(BigDecimal percent, BigDecimal fixed, BigDecimal step, BigDecimal ending) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);
    private static final BigDecimal MAX_FIXED = BigDecimal.valueOf(1000);
    private static final BigDecimal MAX_STEP = BigDecimal.valueOf(100);

    /** The rule of a shop that set none (declared after the bounds it is checked against). */
    public static final MarkupRule AT_COST = new MarkupRule(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.01"),
            null);

    public MarkupRule {
        require(percent.signum() >= 0 && percent.compareTo(MAX_PERCENT) <= 0, "markup_percent",
                "config.markup_percent must be between 0 and 1000");
        require(fixed.signum() >= 0 && fixed.compareTo(MAX_FIXED) <= 0, "markup_fixed",
                "config.markup_fixed must be between 0 and 1000");
        require(step.compareTo(new BigDecimal("0.01")) >= 0 && step.compareTo(MAX_STEP) <= 0
                        && step.stripTrailingZeros().scale() <= 2, "rounding_step",
                "config.rounding_step must be between 0.01 and 100, in whole cents");
        require(ending == null || ending.signum() >= 0 && ending.compareTo(BigDecimal.ONE) < 0
                        && ending.stripTrailingZeros().scale() <= 2, "price_ending",
                "config.price_ending must be cents between 0.00 and 0.99");
    }

    /** The rule in an integration's config; absent settings take the defaults above, unreadable ones are refused. */
    public static MarkupRule of(Map<String, Object> config) {
        return new MarkupRule(number(config, "markup_percent", AT_COST.percent()),
                number(config, "markup_fixed", AT_COST.fixed()), number(config, "rounding_step", AT_COST.step()),
                number(config, "price_ending", null));
    }

    /** The shop's price for a bundle that costs {@code cost}, at the currency's {@code minorDigits} (2 for USD). */
    public BigDecimal priceFor(BigDecimal cost, int minorDigits) {
        BigDecimal raw = cost.add(cost.multiply(percent).divide(HUNDRED)).add(fixed);
        BigDecimal rounded = ending == null
                ? raw.divide(step, 0, RoundingMode.CEILING).multiply(step)
                : raw.subtract(ending).setScale(0, RoundingMode.CEILING).max(BigDecimal.ZERO).add(ending);
        return rounded.setScale(minorDigits, RoundingMode.CEILING);
    }

    private static BigDecimal number(Map<String, Object> config, String key, BigDecimal fallback) {
        Object value = config == null ? null : config.get(key);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("config." + key, "config." + key + " must be a number, such as 25 or 0.99");
        }
    }

    private static void require(boolean holds, String key, String message) {
        if (!holds) {
            throw new InvalidInputException("config." + key, message);
        }
    }
}
