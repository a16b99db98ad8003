package io.kervan.web.storefront.cart;

import io.kervan.cart.application.CartKey;
import io.kervan.cart.application.CartService;
import io.kervan.cart.application.PricedCart;
import io.kervan.cart.domain.CartError;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.storefront.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.function.Function;

/**
 * The cart this browser holds, by the id in its cookie: the cart service's use cases, with the cookie kept in step
 * (a first add sets it; a cart that no longer exists, after an order or a reset, is forgotten and the browser starts a
 * new one).
 */
@RequestScoped
public class BrowserCart {

    @Inject
    CartService carts;

    @Inject
    Visit visit;

    public PricedCart view(UUID shippingMethodId) {
        try {
            return carts.view(key(), shippingMethodId);
        } catch (KervanException e) {
            if (e.errorCode() != CartError.CART_NOT_FOUND) {
                throw e;
            }
            visit.forgetCart();
            return carts.view(new CartKey(null, null), shippingMethodId);
        }
    }

    public PricedCart add(UUID productId, int quantity) {
        try {
            return kept(carts.add(key(), productId, quantity));
        } catch (KervanException e) {
            if (e.errorCode() != CartError.CART_NOT_FOUND) {
                throw e;
            }
            return kept(carts.add(new CartKey(null, null), productId, quantity));
        }
    }

    public PricedCart setQuantity(UUID productId, int quantity) {
        return change(key -> carts.setQuantity(key, productId, quantity));
    }

    public PricedCart remove(UUID productId) {
        return change(key -> carts.remove(key, productId));
    }

    public PricedCart applyCoupon(String code) {
        return change(key -> carts.applyCoupon(key, code));
    }

    public PricedCart removeCoupon() {
        return change(carts::removeCoupon);
    }

    /** The key of this browser's cart, for checkout. */
    public CartKey key() {
        return new CartKey(visit.cartId().orElse(null), null);
    }

    private PricedCart change(Function<CartKey, PricedCart> use) {
        return kept(use.apply(key()));
    }

    private PricedCart kept(PricedCart cart) {
        if (cart.cartId() != null) {
            visit.keepCart(cart.cartId(), cart.itemCount());
        }
        return cart;
    }
}
