package io.kervan.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount in one ISO 4217 currency. Amounts are kept at the currency's minor-unit scale
 * (2 for TRY, EUR and USD; 0 for JPY), so two equal amounts are always {@code equals}.
 */
@Embeddable
public class Money {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    /** Large enough for any real price, small enough to catch nonsense such as 1e30. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
        this.currency = currency.getCurrencyCode();
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Currency currency = currency(currencyCode);
        if (amount.signum() < 0) {
            throw new InvalidInputException("amount", "amount must not be negative");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidInputException("amount", "amount must not exceed " + MAX_AMOUNT.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new InvalidInputException("amount",
                    currencyCode + " amounts have at most " + currency.getDefaultFractionDigits() + " decimal places");
        }
        return new Money(amount, currency);
    }

    /** A currency Kervan can price in, or a validation failure naming {@code currency}. */
    public static Currency currency(String code) {
        if (code == null || !CURRENCY_CODE.matcher(code).matches()) {
            throw new InvalidInputException("currency", "currency must be an ISO 4217 code such as TRY or EUR");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", code + " is not an ISO 4217 currency");
        }
    }

    public static Money zero(String currencyCode) {
        return new Money(BigDecimal.ZERO, currency(currencyCode));
    }

    public Money plus(Money other) {
        return new Money(amount().add(sameCurrency(other).amount()), Currency.getInstance(currency));
    }

    /** This minus {@code other}, never below zero. */
    public Money minus(Money other) {
        return new Money(amount().subtract(sameCurrency(other).amount()).max(BigDecimal.ZERO),
                Currency.getInstance(currency));
    }

    public Money times(int quantity) {
        return new Money(amount().multiply(BigDecimal.valueOf(quantity)), Currency.getInstance(currency));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }

    public BigDecimal amount() {
        return amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    }

    public String currency() {
        return currency;
    }

    /** The amount as clients see it: a plain decimal string such as {@code "150.00"}. */
    public String toPlainString() {
        return amount().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount().equals(other.amount());
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount(), currency);
    }

    @Override
    public String toString() {
        return toPlainString() + " " + currency;
    }
}
