package io.kervan.cart.application;

import io.kervan.cart.domain.CartError;
import io.kervan.cart.domain.Coupon;
import io.kervan.cart.domain.CouponTerms;
import io.kervan.cart.domain.Coupons;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** Staff manage their shop's coupons; orders count their uses. */
@Stateless
public class CouponBook {

    @Inject
    Coupons coupons;

    public List<CouponView> list() {
        return coupons.listAll().stream().map(CouponView::of).toList();
    }

    public CouponView show(UUID id) {
        return CouponView.of(load(id));
    }

    public CouponView add(String code, CouponTerms terms) {
        String normalized = Coupon.normalize(code);
        if (coupons.findByCode(normalized).isPresent()) {
            throw new KervanException(CartError.COUPON_CODE_TAKEN, "This shop already has a coupon " + normalized);
        }
        Coupon coupon = new Coupon(normalized, terms);
        coupons.add(coupon);
        return CouponView.of(coupon);
    }

    public CouponView change(UUID id, CouponTerms terms) {
        Coupon coupon = load(id);
        coupon.change(terms);
        return CouponView.of(coupon);
    }

    public CouponView deactivate(UUID id) {
        Coupon coupon = load(id);
        coupon.deactivate();
        return CouponView.of(coupon);
    }

    /** Counts a use by an order, or refuses when none is left (in total or for this customer). */
    public void use(PricedCart.AppliedCoupon coupon, String customerEmail, UUID orderId) {
        if (!coupons.use(coupon.id(), coupon.maxUsesPerCustomer(), customerEmail, orderId)) {
            throw new KervanException(CartError.COUPON_EXHAUSTED,
                    "The coupon " + coupon.code() + " has no uses left for this order");
        }
    }

    public void giveBack(UUID couponId, UUID orderId) {
        coupons.giveBack(couponId, orderId);
    }

    private Coupon load(UUID id) {
        return coupons.find(id).orElseThrow(() -> new KervanException(CartError.COUPON_NOT_FOUND,
                "This shop has no coupon with the id " + id));
    }
}
