package io.kervan.web.cart;

import io.kervan.cart.application.PricedCart;
import io.kervan.cart.application.PricedLine;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** {@code {"success": true, "cart": {...}}}: the cart with prices as they are now. */
public record CartResponse(boolean success, Cart cart) {

    public record Cart(UUID cartId, List<Item> items, int itemCount, String subtotal, String discount,
                       String shipping, String total, String currency, String couponCode, String couponMessage,
                       ShippingMethod shippingMethod) {
    }

    public record Item(UUID productId, String sku, String name, String productType, String unitPrice, int quantity,
                       String lineTotal, boolean available) {
    }

    public record ShippingMethod(UUID id, String name, String carrier, String price) {
    }

    public static CartResponse of(PricedCart c) {
        return new CartResponse(true, new Cart(c.cartId(), c.lines().stream().map(CartResponse::item).toList(),
                c.itemCount(), c.subtotal().toPlainString(), c.discount().toPlainString(),
                c.shipping().toPlainString(), c.total().toPlainString(), c.currency(),
                c.coupon() == null ? null : c.coupon().code(), c.couponProblem(),
                c.shippingMethod() == null ? null : new ShippingMethod(c.shippingMethod().id(),
                        c.shippingMethod().name(), c.shippingMethod().carrier(),
                        c.shippingMethod().price().toPlainString())));
    }

    private static Item item(PricedLine l) {
        return new Item(l.productId(), l.sku(), l.name(), l.type().name().toLowerCase(Locale.ROOT),
                l.unitPrice().toPlainString(), l.quantity(), l.lineTotal().toPlainString(), l.available());
    }
}
