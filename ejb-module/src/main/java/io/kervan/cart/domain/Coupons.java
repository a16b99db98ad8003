package io.kervan.cart.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's coupons. */
public interface Coupons {

    Optional<Coupon> findByCode(String code);

    Optional<Coupon> find(UUID id);

    List<Coupon> listAll();

    void add(Coupon coupon);

    /**
     * Counts one use of the coupon by {@code customerEmail} for {@code orderId}, atomically: the coupon row is
     * updated only while uses are left, and the per-customer count is read under that row's lock. Concurrent orders
     * can therefore never use a coupon more often than its limits allow.
     *
     * @return false when no use is left, in total or for this customer
     */
    boolean use(UUID couponId, Integer maxUsesPerCustomer, String customerEmail, UUID orderId);

    /** Gives back a use, when the order that took it is cancelled before it was paid. */
    void giveBack(UUID couponId, UUID orderId);
}
