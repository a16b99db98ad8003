package io.kervan.shared.domain;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The numbers people read and quote: {@code {PREFIX}-{SHOP}-{yyyyMMdd}-{8 hex}}, e.g. {@code ORD-DEMO-20261123-9F2C4A1B}
 * or {@code PAY-DEMO-20261123-0A1B2C3D}. The random part makes them hard to guess, so a public look-up by number
 * does not let anyone walk through a shop's records.
 */
public final class ReferenceNumber {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceNumber() {
    }

    public static String next(String prefix, String tenantSlug) {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return prefix + "-" + tenantSlug.toUpperCase(Locale.ROOT) + "-"
                + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + HexFormat.of().withUpperCase().formatHex(random);
    }
}
