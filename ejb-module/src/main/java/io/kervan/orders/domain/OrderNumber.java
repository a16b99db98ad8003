package io.kervan.orders.domain;

import io.kervan.shared.domain.ReferenceNumber;

import java.util.regex.Pattern;

/** Order numbers as the shops know them: {@code ORD-{TENANT}-{yyyyMMdd}-{8 hex}}. */
public final class OrderNumber {

    private static final Pattern SHAPE = Pattern.compile("ORD-[A-Z0-9-]{3,63}-\\d{8}-[0-9A-F]{8}");

    private OrderNumber() {
    }

    public static String next(String tenantSlug) {
        return ReferenceNumber.next("ORD", tenantSlug);
    }

    /** Whether {@code text} could be an order number at all (cheap check before touching the database). */
    public static boolean looksValid(String text) {
        return text != null && text.length() <= 100 && SHAPE.matcher(text).matches();
    }
}
