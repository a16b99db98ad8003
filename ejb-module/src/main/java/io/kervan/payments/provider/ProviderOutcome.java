package io.kervan.payments.provider;

import io.kervan.shared.domain.Money;

import java.util.Map;

/**
 * What the provider says about a payment. {@code amount} is what it says was paid, checked against the order.
 * {@code references} are the provider's own identifiers of a paid payment (a bank's order id, provision number, RRN…)
 * that it needs again for refunds; Kervan keeps them with the payment.
 */
public record ProviderOutcome(Result result, Money amount, String message, Map<String, String> references) {

    public enum Result { SUCCEEDED, DECLINED, PENDING, UNKNOWN }

    public ProviderOutcome {
        references = references == null ? Map.of() : Map.copyOf(references);
    }

    public ProviderOutcome(Result result, Money amount, String message) {
        this(result, amount, message, Map.of());
    }
}
