package io.kervan.payments.provider;

import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * One way a card can pay an amount: in {@code count} monthly payments of {@code monthly}, {@code total} in all. The
 * total is the provider's own figure, and it is what the card is charged; {@code monthly} is only shown. A provider
 * rounds each month's share to the minor unit, so {@code monthly × count} may differ from the total by less than a
 * minor unit per month, and is never used to recompute it.
 */
public record InstallmentOption(int count, Money monthly, Money total) {

    public static final int MAX_COUNT = 36;

    public InstallmentOption {
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(total, "total");
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("An installment count is 1 to " + MAX_COUNT + ", not " + count);
        }
        if (!monthly.currency().equals(total.currency())) {
            throw new IllegalArgumentException("The monthly share and the total are in different currencies");
        }
        if (total.isZero() || roundingGap(count, monthly, total).signum() > 0) {
            throw new IllegalArgumentException(count + " × " + monthly + " cannot make " + total);
        }
    }

    /** Paying {@code amount} at once: always possible, whatever the card. */
    public static InstallmentOption single(Money amount) {
        return new InstallmentOption(1, amount, amount);
    }

    /** A provider's options for {@code amount}, the single payment first and always there. */
    public static java.util.List<InstallmentOption> singleFirst(java.util.List<InstallmentOption> options,
                                                              Money amount) {
        InstallmentOption single = single(amount);
        return options.contains(single) ? options : java.util.stream.Stream.concat(java.util.stream.Stream.of(single),
                options.stream().filter(o -> o.count() > 1)).toList();
    }

    /**
     * An option as a provider stated it in its answer; figures that are not money in {@code currency}, or a monthly
     * share that cannot be the total's, are the provider's mistake and refused as such.
     */
    public static InstallmentOption stated(int count, BigDecimal monthly, BigDecimal total, String currency) {
        try {
            return new InstallmentOption(count, Money.of(monthly, currency), Money.of(total, currency));
        } catch (IllegalArgumentException | NullPointerException | InvalidInputException e) {
            throw new ProviderRefusedException("The provider stated an installment option that does not add up ("
                    + count + " × " + monthly + " for " + total + " " + currency + ")");
        }
    }

    /** How far {@code monthly × count} is from the total beyond the rounding of each month (zero or less: within). */
    private static BigDecimal roundingGap(int count, Money monthly, Money total) {
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(Currency.getInstance(total.currency())
                .getDefaultFractionDigits());
        BigDecimal gap = monthly.amount().multiply(BigDecimal.valueOf(count)).subtract(total.amount()).abs();
        return count == 1 ? gap : gap.subtract(minorUnit.multiply(BigDecimal.valueOf(count))).add(minorUnit);
    }
}
