package io.kervan.cart.application;

import io.kervan.cart.domain.Coupon;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A coupon as staff see it. */
public record CouponView(UUID id, String code, String kind, String percentage, String amount, String currency,
                         String minOrderAmount, Instant validFrom, Instant validUntil, Integer maxUses,
                         Integer maxUsesPerCustomer, int usedCount, boolean active) {

    static CouponView of(Coupon c) {
        return new CouponView(c.id(), c.code(), c.kind().name().toLowerCase(Locale.ROOT), plain(c.percentage()),
                plain(c.amount()), c.currency(), plain(c.minOrderAmount()), c.validFrom(), c.validUntil(),
                c.maxUses(), c.maxUsesPerCustomer(), c.usedCount(), c.isActive());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
