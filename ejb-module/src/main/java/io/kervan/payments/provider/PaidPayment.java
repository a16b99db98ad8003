package io.kervan.payments.provider;

import io.kervan.shared.domain.Money;

import java.util.Map;

/**
 * A paid payment as a refund needs it: the provider's reference, what was paid, what has been given back already,
 * and the identifiers the provider handed over when the payment was completed ({@link ProviderOutcome#references()}).
 * {@code refundOutcomeUrl} is Kervan's address where a provider that reviews refunds posts its decision (untrusted:
 * Kervan then asks the provider with {@link PaymentProvider#refundOutcome}); null where none is needed.
 *
 * @param amount  what the order cost: refunds are asked and counted in it
 * @param charged what the card was charged in all: {@code amount}, or more when the shopper chose installments that
 *                carry interest
 */
public record PaidPayment(String transactionId, Money amount, Money charged, Money refunded,
                          Map<String, String> references, String refundOutcomeUrl) {

    public PaidPayment {
        references = references == null ? Map.of() : Map.copyOf(references);
        charged = charged == null ? amount : charged;
    }

    /** Whether a refund of {@code requested} gives back everything, in one go. */
    public boolean isWholeRefund(Money requested) {
        return refunded.isZero() && requested.equals(amount);
    }

    /**
     * What the card gets back for a refund of {@code requested}: the same, except for the refund that completes the
     * order's, which also gives back the installment interest, so that a wholly refunded shopper has back every kuruş
     * their card was charged. A part refund leaves the interest to the bank until then (its share of a part is not
     * Kervan's to decide: the installment plan is the bank's).
     */
    public Money toCard(Money requested) {
        boolean completes = refunded.plus(requested).equals(amount);
        return completes ? requested.plus(charged.minus(amount)) : requested;
    }
}
