package io.kervan.orders.domain;

import io.kervan.shared.domain.ReferenceNumber;

import java.util.function.IntPredicate;

/** Order numbers as the shops know them: {@code ORD-{TENANT}-{yyyyMMdd}-{8 hex}}. */
public final class OrderNumber {

    private static final String PREFIX = "ORD-";
    /** The fixed end: {@code -}, the date's 8 digits, {@code -}, 8 upper-case hex digits. */
    private static final int TAIL = 18;
    private static final IntPredicate SHOP = c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    private static final IntPredicate DIGIT = c -> c >= '0' && c <= '9';
    private static final IntPredicate HEX = c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'F';

    private OrderNumber() {
    }

    public static String next(String tenantSlug) {
        return ReferenceNumber.next("ORD", tenantSlug);
    }

    /**
     * Whether {@code text} could be an order number at all (cheap check before touching the database): what
     * {@code ORD-[A-Z0-9-]{3,63}-\d{8}-[0-9A-F]{8}} matches, checked by hand because that pattern backtracks through
     * the shop part on every public tracking request.
     */
    public static boolean looksValid(String text) {
        if (text == null || text.length() > 100 || !text.startsWith(PREFIX)) {
            return false;
        }
        int tail = text.length() - TAIL;
        int shop = tail - PREFIX.length();
        return shop >= 3 && shop <= 63 && all(text, PREFIX.length(), tail, SHOP)
                && text.charAt(tail) == '-' && all(text, tail + 1, tail + 9, DIGIT)
                && text.charAt(tail + 9) == '-' && all(text, tail + 10, text.length(), HEX);
    }

    private static boolean all(String text, int from, int to, IntPredicate allowed) {
        for (int i = from; i < to; i++) {
            if (!allowed.test(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
