package io.kervan.cart.domain;

public enum CouponKind {
    /** A share of the subtotal, e.g. 10 %. */
    PERCENTAGE,
    /** A fixed amount off, never more than the subtotal. */
    FIXED_AMOUNT
}
