package io.kervan.orders.domain;

import io.kervan.shared.domain.ReferenceNumber;

/** Order numbers as the shops know them: {@code ORD-{TENANT}-{yyyyMMdd}-{8 hex}}. */
public final class OrderNumber {

    private OrderNumber() {
    }

    public static String next(String tenantSlug) {
        return ReferenceNumber.next("ORD", tenantSlug);
    }

    /** Whether {@code text} could be an order number at all (cheap check before touching the database). */
    public static boolean looksValid(String text) {
        return text != null && text.length() <= 100 && text.matches("ORD-[A-Z0-9-]{3,63}-\\d{8}-[0-9A-F]{8}");
    }
}
