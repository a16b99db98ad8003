package io.kervan.orders.domain;

import java.util.Locale;

public enum PaymentStatus {
    PENDING, PAID, FAILED, REFUNDED, PARTIALLY_REFUNDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
