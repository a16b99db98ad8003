package io.kervan.orders.domain;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Order numbers as the shops know them: {@code ORD-{TENANT}-{yyyyMMdd}-{8 hex}}, e.g.
 * {@code ORD-DEMO-20261123-9F2C4A1B}. The random part makes them hard to guess, so public tracking by number does not
 * let anyone walk through a shop's orders.
 */
public final class OrderNumber {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private OrderNumber() {
    }

    public static String next(String tenantSlug) {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return "ORD-" + tenantSlug.toUpperCase(Locale.ROOT) + "-" + LocalDate.now(ZoneOffset.UTC).format(DAY) + "-"
                + HexFormat.of().withUpperCase().formatHex(random);
    }

    /** Whether {@code text} could be an order number at all (cheap check before touching the database). */
    public static boolean looksValid(String text) {
        return text != null && text.length() <= 100 && text.matches("ORD-[A-Z0-9-]{3,63}-\\d{8}-[0-9A-F]{8}");
    }
}
