package io.kervan.payments.provider;

import io.kervan.shared.domain.Money;

import java.util.Map;

/**
 * What the provider says about a payment. {@code amount} is what it says was paid, checked against the order.
 * {@code references} are the provider's own identifiers of a paid payment (a bank's order id, provision number, RRN…)
 * that it needs again for refunds; Kervan keeps them with the payment. {@code installments} and {@code charged} are
 * how the card was charged, for providers that charge in installments (the count, and the total with the
 * installments' interest); providers that do not leave them at 1 and the amount. {@code keptCard} is the card the
 * provider kept with this charge, when it was asked to and did (null otherwise).
 */
public record ProviderOutcome(Result result, Money amount, String message, Map<String, String> references,
                              int installments, Money charged, KeptCard keptCard) {

    public enum Result { SUCCEEDED, DECLINED, PENDING, UNKNOWN }

    public ProviderOutcome {
        references = references == null ? Map.of() : Map.copyOf(references);
        installments = Math.max(installments, 1);
        charged = charged == null ? amount : charged;
    }

    public ProviderOutcome(Result result, Money amount, String message, Map<String, String> references,
                           int installments, Money charged) {
        this(result, amount, message, references, installments, charged, null);
    }

    public ProviderOutcome(Result result, Money amount, String message, Map<String, String> references) {
        this(result, amount, message, references, 1, amount);
    }

    public ProviderOutcome(Result result, Money amount, String message) {
        this(result, amount, message, Map.of());
    }

    /** The same outcome, with the card the provider kept alongside the charge. */
    public ProviderOutcome withKeptCard(KeptCard card) {
        return new ProviderOutcome(result, amount, message, references, installments, charged, card);
    }
}
