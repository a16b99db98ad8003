package io.kervan.web.storefront.cart;

import io.kervan.cart.application.CartKey;
import io.kervan.cart.application.CartService;
import io.kervan.cart.application.PricedCart;
import io.kervan.cart.domain.CartError;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.storefront.Visit;
import io.kervan.web.storefront.account.CustomerSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The cart this browser holds: a guest's by the id in its cookie, a signed-in customer's their own (the cart service
 * finds it by the customer). The cart service's use cases, with the cookies kept in step: a guest's first add sets the
 * id; a cart that no longer exists, after an order or a reset, is forgotten and the browser starts a new one; signing
 * in merges the guest's cart into the customer's, as the API's sign-in does with its {@code cart_id}.
 */
@RequestScoped
public class BrowserCart {

    @Inject
    CartService carts;

    @Inject
    Visit visit;

    @Inject
    CustomerSession session;

    public PricedCart view(UUID shippingMethodId) {
        try {
            return carts.view(key(), shippingMethodId);
        } catch (KervanException e) {
            if (e.errorCode() != CartError.CART_NOT_FOUND) {
                throw e;
            }
            visit.forgetCart();
            return carts.view(new CartKey(null, session.customerId().orElse(null)), shippingMethodId);
        }
    }

    public PricedCart add(UUID productId, int quantity) {
        try {
            return kept(carts.add(key(), productId, quantity));
        } catch (KervanException e) {
            if (e.errorCode() != CartError.CART_NOT_FOUND) {
                throw e;
            }
            return kept(carts.add(new CartKey(null, session.customerId().orElse(null)), productId, quantity));
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

    /** The key of this browser's cart: a guest's cookie, or the signed-in customer. */
    public CartKey key() {
        return new CartKey(visit.cartId().orElse(null), session.customerId().orElse(null));
    }

    /** The id of this browser's cart (a customer's is looked up), for placing an order from it. */
    public Optional<UUID> id() {
        Optional<UUID> customer = session.customerId();
        return customer.isEmpty() ? visit.cartId()
                : Optional.ofNullable(carts.view(new CartKey(null, customer.get()), null).cartId());
    }

    /**
     * The guest cart of this browser becomes part of the customer's who just signed in; the header counts what the
     * customer's cart now holds.
     */
    public void signedIn(UUID customerId) {
        visit.cartId().ifPresent(anonymous -> carts.mergeIntoCustomer(anonymous, customerId));
        visit.forgetCart();
        int items = carts.view(new CartKey(null, customerId), null).itemCount();
        if (items > 0) {
            visit.keepCartCount(items);
        }
    }

    private PricedCart change(Function<CartKey, PricedCart> use) {
        return kept(use.apply(key()));
    }

    /** A guest's cart is kept by its id; a customer's is found by the customer, so only its count is kept. */
    private PricedCart kept(PricedCart cart) {
        if (session.customerId().isPresent()) {
            visit.keepCartCount(cart.itemCount());
        } else if (cart.cartId() != null) {
            visit.keepCart(cart.cartId(), cart.itemCount());
        }
        return cart;
    }
}
