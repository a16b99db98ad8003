package io.kervan.payments.provider;

import io.kervan.shared.domain.Money;

/**
 * One way to pay a card in instalments, as the provider prices it: {@code count} monthly payments of {@code monthly},
 * {@code total} in all (what the card is charged, fees included when the provider adds them). One payment is
 * {@code count} 1.
 */
public record InstallmentOption(int count, Money monthly, Money total) {

    public InstallmentOption {
        if (count < 1) {
            throw new IllegalArgumentException("An instalment count is at least 1");
        }
    }

    public static InstallmentOption single(Money amount) {
        return new InstallmentOption(1, amount, amount);
    }
}
