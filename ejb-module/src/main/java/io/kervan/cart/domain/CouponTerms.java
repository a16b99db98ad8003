package io.kervan.cart.domain;

import io.kervan.shared.domain.Money;

import java.math.BigDecimal;
import java.time.Instant;

/** What staff decide about a coupon; limits and window are optional. */
public record CouponTerms(CouponKind kind, BigDecimal percentage, Money amount, BigDecimal minOrderAmount,
                          Instant validFrom, Instant validUntil, Integer maxUses, Integer maxUsesPerCustomer,
                          Boolean active) {
}
