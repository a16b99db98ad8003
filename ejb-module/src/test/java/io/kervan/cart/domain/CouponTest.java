package io.kervan.cart.domain;

import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CouponTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Money tl(String amount) {
        return Money.of(new BigDecimal(amount), "TRY");
    }

    private static CouponTerms percentage(String value) {
        return new CouponTerms(CouponKind.PERCENTAGE, new BigDecimal(value), null, null, null, null, null, null, null);
    }

    @Test
    void a_percentage_is_rounded_half_up_to_the_cent() {
        assertThat(new Coupon("ten", percentage("10")).discountOn(tl("333.35"), NOW)).isEqualTo(tl("33.34"));
    }

    @Test
    void a_fixed_amount_never_exceeds_the_subtotal() {
        Coupon big = new Coupon("BIG", new CouponTerms(CouponKind.FIXED_AMOUNT, null, tl("500.00"), null, null, null,
                null, null, null));
        assertThat(big.discountOn(tl("120.00"), NOW)).isEqualTo(tl("120.00"));
    }

    @Test
    void the_window_and_the_minimum_are_enforced() {
        Coupon windowed = new Coupon("WIN", new CouponTerms(CouponKind.PERCENTAGE, BigDecimal.TEN, null,
                new BigDecimal("100.00"), NOW.minusSeconds(60), NOW.plusSeconds(60), null, null, null));
        assertThat(windowed.discountOn(tl("100.00"), NOW)).isEqualTo(tl("10.00"));
        assertThatThrownBy(() -> windowed.discountOn(tl("99.99"), NOW)).isInstanceOf(KervanException.class)
                .hasMessageContaining("at least 100");
        assertThatThrownBy(() -> windowed.discountOn(tl("100.00"), NOW.plusSeconds(60)))
                .isInstanceOf(KervanException.class);
        assertThatThrownBy(() -> windowed.discountOn(tl("100.00"), NOW.minusSeconds(61)))
                .isInstanceOf(KervanException.class);
    }

    @Test
    void codes_are_case_insensitive_and_terms_must_make_sense() {
        assertThat(new Coupon(" hosgeldin10 ", percentage("10")).code()).isEqualTo("HOSGELDIN10");
        assertThatThrownBy(() -> new Coupon("x", percentage("10"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Coupon("ZERO", percentage("0"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Coupon("MORE", percentage("100.01"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_negative_minimum_and_use_limits_below_one_are_refused() {
        for (CouponTerms terms : new CouponTerms[]{
                new CouponTerms(CouponKind.PERCENTAGE, BigDecimal.TEN, null, new BigDecimal("-1"), null, null, null,
                        null, null),
                new CouponTerms(CouponKind.PERCENTAGE, BigDecimal.TEN, null, null, null, null, 0, null, null),
                new CouponTerms(CouponKind.PERCENTAGE, BigDecimal.TEN, null, null, null, null, null, 0, null)}) {
            assertThatThrownBy(() -> new Coupon("LIMIT", terms)).isInstanceOf(InvalidInputException.class);
        }
    }
}
