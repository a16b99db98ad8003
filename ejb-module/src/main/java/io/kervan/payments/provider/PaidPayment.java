package io.kervan.payments.provider;

import io.kervan.shared.domain.Money;

import java.util.Map;

/**
 * A paid payment as a refund needs it: the provider's reference, what was paid, what has been given back already,
 * and the identifiers the provider handed over when the payment was completed ({@link ProviderOutcome#references()}).
 * {@code refundOutcomeUrl} is Kervan's address where a provider that reviews refunds posts its decision (untrusted:
 * Kervan then asks the provider with {@link PaymentProvider#refundOutcome}); null where none is needed.
 */
public record PaidPayment(String transactionId, Money amount, Money refunded, Map<String, String> references,
                          String refundOutcomeUrl) {

    public PaidPayment {
        references = references == null ? Map.of() : Map.copyOf(references);
    }

    public PaidPayment(String transactionId, Money amount, Money refunded, Map<String, String> references) {
        this(transactionId, amount, refunded, references, null);
    }

    /** Whether a refund of {@code requested} gives back everything, in one go. */
    public boolean isWholeRefund(Money requested) {
        return refunded.isZero() && requested.equals(amount);
    }
}
