package io.kervan.payments.provider;

import io.kervan.shared.domain.Money;

/** What the provider says about a payment. {@code amount} is what it says was paid, checked against the order. */
public record ProviderOutcome(Result result, Money amount, String message) {

    public enum Result { SUCCEEDED, DECLINED, PENDING, UNKNOWN }
}
