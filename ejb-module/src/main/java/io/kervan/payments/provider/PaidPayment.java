package io.kervan.payments.provider;

import io.kervan.shared.domain.Money;

import java.util.Map;

/**
 * A paid payment as a refund needs it: the provider's reference, what was paid, what has been given back already,
 * and the identifiers the provider handed over when the payment was completed ({@link ProviderOutcome#references()}).
 */
public record PaidPayment(String transactionId, Money amount, Money refunded, Map<String, String> references) {

    public PaidPayment {
        references = references == null ? Map.of() : Map.copyOf(references);
    }

    /** Whether a refund of {@code requested} gives back everything, in one go. */
    public boolean isWholeRefund(Money requested) {
        return refunded.isZero() && requested.equals(amount);
    }
}
