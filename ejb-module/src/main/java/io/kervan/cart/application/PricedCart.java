package io.kervan.cart.application;

import io.kervan.catalog.application.ShippingQuote;
import io.kervan.catalog.domain.ProductType;
import io.kervan.shared.domain.Money;

import java.util.List;
import java.util.UUID;

/**
 * A cart priced now: the one place where subtotal, discount, shipping and total are worked out, for the cart page
 * and for the order that freezes them.
 *
 * @param couponProblem why the cart's coupon gives no discount now, if it does not
 */
public record PricedCart(UUID cartId, List<PricedLine> lines, String currency, Money subtotal, Money discount,
                         Money shipping, Money total, AppliedCoupon coupon, String couponProblem,
                         ShippingQuote shippingMethod) {

    /** The coupon that gives this cart its discount. */
    public record AppliedCoupon(UUID id, String code, Integer maxUsesPerCustomer) {
    }

    public int itemCount() {
        return lines.stream().mapToInt(PricedLine::quantity).sum();
    }

    public boolean needsShipping() {
        return lines.stream().anyMatch(l -> l.type() == ProductType.PHYSICAL);
    }
}
