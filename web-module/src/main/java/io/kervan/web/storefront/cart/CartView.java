package io.kervan.web.storefront.cart;

import io.kervan.cart.application.PricedCart;
import io.kervan.cart.application.PricedLine;
import io.kervan.catalog.application.ShippingMethodView;
import io.kervan.catalog.domain.ProductType;

import java.util.List;
import java.util.UUID;

/**
 * The cart page's model: the lines, the totals and the shipping methods to choose from ({@code shippingMethodId} is the
 * chosen one), with the text keys of what the last action did ({@code notice}) or why it could not ({@code problem}).
 */
public record CartView(List<Line> lines, int itemCount, String currency, String subtotal, String discount,
                       String shipping, String total, String couponCode, boolean couponInactive,
                       boolean needsShipping, List<ShippingMethodView> shippingMethods, UUID shippingMethodId,
                       String notice, String problem) {

    /** One line; {@code available} is false when the shop cannot supply this quantity any more. */
    public record Line(UUID productId, String name, String unitPrice, int quantity, String lineTotal,
                       boolean available, boolean digital) {
    }

    public static CartView of(PricedCart cart, List<ShippingMethodView> methods, UUID chosen, String notice,
                              String problem) {
        return new CartView(cart.lines().stream().map(CartView::line).toList(), cart.itemCount(), cart.currency(),
                cart.subtotal().toPlainString(), cart.discount().toPlainString(), cart.shipping().toPlainString(),
                cart.total().toPlainString(), cart.coupon() == null ? null : cart.coupon().code(),
                cart.couponProblem() != null, cart.needsShipping(), methods, chosen, notice, problem);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public boolean hasDiscount() {
        return !"0.00".equals(discount) && !"0".equals(discount);
    }

    /** Whether every line can be ordered as it is and shipping is settled: checkout is open. */
    public boolean canCheckOut() {
        return !lines.isEmpty() && lines.stream().allMatch(Line::available)
                && (!needsShipping || shippingMethodId != null);
    }

    private static Line line(PricedLine l) {
        return new Line(l.productId(), l.name(), l.unitPrice().toPlainString(), l.quantity(),
                l.lineTotal().toPlainString(), l.available(), l.type() == ProductType.DIGITAL);
    }
}
