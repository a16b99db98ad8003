package io.kervan.payments.domain;

import java.util.Locale;

/**
 * Where a payment stands. {@code UNKNOWN} is what a timeout leaves: the provider may or may not have taken the money,
 * and only asking it later settles the question.
 */
public enum PaymentStatus {
    PENDING, COMPLETED, FAILED, UNKNOWN, PARTIALLY_REFUNDED, REFUNDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
