package io.kervan.cart.application;

import io.kervan.cart.domain.Cart;
import io.kervan.cart.domain.CartError;
import io.kervan.cart.domain.CartLine;
import io.kervan.cart.domain.Carts;
import io.kervan.cart.domain.Coupon;
import io.kervan.cart.domain.Coupons;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.application.SaleableProduct;
import io.kervan.catalog.application.ShippingCatalog;
import io.kervan.catalog.application.ShippingQuote;
import io.kervan.catalog.domain.CatalogError;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Shoppers' carts: add, change, remove, coupons, and the priced cart an order is placed from. */
@Stateless
public class CartService {

    @Inject
    Carts carts;

    @Inject
    Coupons coupons;

    @Inject
    ProductCatalog catalog;

    @Inject
    ShippingCatalog shipping;

    @Inject
    CartPricing pricing;

    public PricedCart view(CartKey key, UUID shippingMethodId) {
        ShippingQuote quote = shippingMethodId == null ? null : shipping.quote(shippingMethodId);
        return find(key).map(cart -> pricing.price(cart, quote, false)).orElseGet(pricing::nothing);
    }

    public PricedCart add(CartKey key, UUID productId, int quantity) {
        Optional<Cart> existing = find(key);
        Cart cart = existing.orElseGet(() -> newCart(key));
        Map<UUID, SaleableProduct> products = productsOf(cart, productId);
        SaleableProduct product = saleable(products, productId);
        int wanted = cart.line(productId).map(l -> l.quantity()).orElse(0) + quantity;
        requireSupply(product, wanted);
        requireSameCurrency(cart, product, products);
        cart.add(productId, quantity);
        if (existing.isEmpty()) {
            // Stored once it holds its first line: a cart stored empty is written again (its lines and version) at
            // flush, an UPDATE on every shopper's first add.
            carts.add(cart);
        }
        return pricing.price(cart, products, null, false);
    }

    public PricedCart setQuantity(CartKey key, UUID productId, int quantity) {
        Cart cart = require(key);
        Map<UUID, SaleableProduct> products = productsOf(cart, productId);
        if (quantity > 0) {
            requireSupply(saleable(products, productId), quantity);
        }
        cart.setQuantity(productId, quantity);
        return pricing.price(cart, products, null, false);
    }

    public PricedCart remove(CartKey key, UUID productId) {
        Cart cart = require(key);
        cart.remove(productId);
        return pricing.price(cart, null, false);
    }

    /** Applies a coupon only if it gives this cart a discount now; otherwise says why and changes nothing. */
    public PricedCart applyCoupon(CartKey key, String code) {
        Cart cart = require(key);
        Coupon coupon = coupons.findByCode(Coupon.normalize(code)).orElseThrow(() -> new KervanException(
                CartError.COUPON_NOT_FOUND, "There is no coupon " + Coupon.normalize(code) + " at this shop"));
        cart.applyCoupon(coupon.code());
        return pricing.price(cart, null, true);
    }

    public PricedCart removeCoupon(CartKey key) {
        Cart cart = require(key);
        cart.removeCoupon();
        return pricing.price(cart, null, false);
    }

    /** Moves an anonymous cart into the customer's cart when they sign in. */
    public void mergeIntoCustomer(UUID anonymousCartId, UUID customerId) {
        find(new CartKey(anonymousCartId, customerId));
    }

    /**
     * The cart an order is placed from, priced strictly: it must hold something, every line must be available, its
     * coupon must apply, and physical goods need a shipping method.
     */
    public PricedCart checkout(CartKey key, UUID shippingMethodId) {
        Cart cart = find(key).orElseThrow(() -> new KervanException(CartError.CART_NOT_FOUND,
                "There is no such cart at this shop; add products to a cart first"));
        if (cart.lines().isEmpty()) {
            throw new KervanException(CartError.CART_EMPTY, "The cart is empty; add products before ordering");
        }
        ShippingQuote quote = shippingMethodId == null ? null : shipping.quote(shippingMethodId);
        PricedCart priced = pricing.price(cart, quote, true);
        priced.lines().stream().filter(l -> !l.available()).findFirst().ifPresent(l -> {
            throw new KervanException(CartError.INSUFFICIENT_STOCK,
                    l.name() + " cannot be ordered in this quantity any more", Map.of("product_id", l.productId()));
        });
        if (priced.needsShipping() && quote == null) {
            throw new InvalidInputException("shipping_method_id", "shipping_method_id is required for physical goods");
        }
        return priced;
    }

    /** Empties the cart an order was placed from. */
    public void empty(UUID cartId) {
        carts.find(cartId).ifPresent(Cart::empty);
    }

    private Optional<Cart> find(CartKey key) {
        if (key.customerId() == null) {
            return key.cartId() == null ? Optional.empty()
                    : Optional.of(carts.find(key.cartId()).filter(Cart::isAnonymous).orElseThrow(this::cartNotFound));
        }
        Optional<Cart> own = carts.findByCustomer(key.customerId());
        Optional<Cart> anonymous = key.cartId() == null || own.map(c -> c.id().equals(key.cartId())).orElse(false)
                ? Optional.empty()
                : carts.find(key.cartId()).filter(Cart::isAnonymous);
        if (anonymous.isEmpty()) {
            return own;
        }
        Cart target = own.orElseGet(() -> create(key));
        target.absorb(anonymous.get());
        carts.remove(anonymous.get());
        return Optional.of(target);
    }

    private Cart require(CartKey key) {
        return find(key).orElseThrow(this::cartNotFound);
    }

    private Cart create(CartKey key) {
        Cart cart = newCart(key);
        carts.add(cart);
        return cart;
    }

    private static Cart newCart(CartKey key) {
        return key.customerId() == null ? Cart.anonymous() : Cart.of(key.customerId());
    }

    /** One read of the catalog for the cart's products and the one being changed, for the checks and the price. */
    private Map<UUID, SaleableProduct> productsOf(Cart cart, UUID productId) {
        Set<UUID> ids = new HashSet<>(cart.lines().stream().map(CartLine::productId).toList());
        ids.add(productId);
        return catalog.forSale(ids);
    }

    private static SaleableProduct saleable(Map<UUID, SaleableProduct> products, UUID productId) {
        SaleableProduct product = products.get(productId);
        if (product == null) {
            throw new KervanException(CatalogError.PRODUCT_NOT_FOUND,
                    "This shop has no product with the id " + productId);
        }
        if (!product.active()) {
            throw new KervanException(CartError.PRODUCT_UNAVAILABLE, product.name() + " is no longer for sale");
        }
        return product;
    }

    private static void requireSupply(SaleableProduct product, int quantity) {
        if (!product.canSupply(quantity)) {
            throw new KervanException(CartError.INSUFFICIENT_STOCK,
                    "Only " + product.stock() + " of " + product.name() + " are left",
                    Map.of("available", product.stock()));
        }
    }

    private static void requireSameCurrency(Cart cart, SaleableProduct product, Map<UUID, SaleableProduct> products) {
        if (cart.lines().isEmpty()) {
            return;
        }
        String cartCurrency = products.get(cart.lines().get(0).productId()).price().currency();
        if (!cartCurrency.equals(product.price().currency())) {
            throw new KervanException(CartError.CURRENCY_MISMATCH, product.name() + " is priced in "
                    + product.price().currency() + " but the cart holds " + cartCurrency + " products");
        }
    }

    private KervanException cartNotFound() {
        return new KervanException(CartError.CART_NOT_FOUND, "There is no such cart at this shop");
    }
}
