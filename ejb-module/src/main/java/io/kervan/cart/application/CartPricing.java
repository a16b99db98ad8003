package io.kervan.cart.application;

import io.kervan.cart.domain.Cart;
import io.kervan.cart.domain.CartError;
import io.kervan.cart.domain.CartLine;
import io.kervan.cart.domain.Coupon;
import io.kervan.cart.domain.Coupons;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.application.SaleableProduct;
import io.kervan.catalog.application.ShippingQuote;
import io.kervan.catalog.domain.ProductType;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Prices a cart from the catalog's current prices, its coupon and the chosen shipping method. */
@ApplicationScoped
public class CartPricing {

    @Inject
    ProductCatalog catalog;

    @Inject
    Coupons coupons;

    @Inject
    TenantContext tenantContext;

    /** The cart of a shopper who has none yet. */
    PricedCart nothing() {
        Money zero = Money.zero(tenantContext.require().defaultCurrency());
        return new PricedCart(null, List.of(), zero.currency(), zero, zero, zero, zero, null, null, null);
    }

    /**
     * @param strict whether a coupon that does not apply is an error (placing an order) or only a note beside a zero
     *               discount (showing the cart)
     */
    PricedCart price(Cart cart, ShippingQuote shipping, boolean strict) {
        return price(cart, catalog.forSale(cart.lines().stream().map(CartLine::productId).toList()), shipping, strict);
    }

    /** @param products the catalog's current view of (at least) every product in the cart, as the caller read it */
    PricedCart price(Cart cart, Map<UUID, SaleableProduct> products, ShippingQuote shipping, boolean strict) {
        List<PricedLine> lines = new ArrayList<>();
        String currency = null;
        for (CartLine line : cart.lines()) {
            SaleableProduct product = products.get(line.productId());
            Money lineTotal = product.price().times(line.quantity());
            lines.add(new PricedLine(product.id(), product.sku(), product.name(), product.type(), product.price(),
                    line.quantity(), lineTotal, product.canSupply(line.quantity())));
            currency = product.price().currency();
        }
        if (currency == null) {
            currency = tenantContext.require().defaultCurrency();
        }
        Money subtotal = lines.stream().map(PricedLine::lineTotal).reduce(Money.zero(currency), Money::plus);

        Money discount = Money.zero(currency);
        PricedCart.AppliedCoupon applied = null;
        String couponProblem = null;
        Optional<String> code = cart.couponCode();
        if (code.isPresent()) {
            Optional<Coupon> coupon = coupons.findByCode(code.get());
            try {
                Coupon c = coupon.orElseThrow(() -> new KervanException(CartError.COUPON_NOT_FOUND,
                        "The coupon " + code.get() + " no longer exists"));
                discount = c.discountOn(subtotal, Instant.now());
                applied = new PricedCart.AppliedCoupon(c.id(), c.code(), c.maxUsesPerCustomer());
            } catch (KervanException notApplicable) {
                if (strict) {
                    throw notApplicable;
                }
                couponProblem = notApplicable.detail();
            }
        }
        boolean physical = lines.stream().anyMatch(l -> l.type() == ProductType.PHYSICAL);
        if (physical && shipping != null && !shipping.price().currency().equals(currency)) {
            throw new KervanException(CartError.CURRENCY_MISMATCH, "The shipping method " + shipping.name()
                    + " is priced in " + shipping.price().currency() + ", the cart in " + currency);
        }
        Money shippingCost = physical && shipping != null ? shipping.price() : Money.zero(currency);
        Money total = subtotal.minus(discount).plus(shippingCost);
        return new PricedCart(cart.id(), lines, currency, subtotal, discount, shippingCost, total, applied,
                couponProblem, physical ? shipping : null);
    }
}
