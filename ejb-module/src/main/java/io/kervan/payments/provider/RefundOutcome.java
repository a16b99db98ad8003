package io.kervan.payments.provider;

/** What the provider says about a refund: done (with its reference) or refused (with why). */
public record RefundOutcome(boolean succeeded, String reference, String message) {
}
