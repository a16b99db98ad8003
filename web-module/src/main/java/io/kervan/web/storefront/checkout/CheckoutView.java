package io.kervan.web.storefront.checkout;

import io.kervan.catalog.application.ShippingMethodView;
import io.kervan.web.storefront.Countries;
import io.kervan.web.storefront.cart.CartView;
import io.kervan.webkit.form.FormErrors;

import java.util.List;
import java.util.UUID;

/**
 * The checkout's model, for its two steps: the form ({@code errors} empty at first) and "check your answers", whose
 * place-order form carries the answers and a fresh {@code idempotencyKey} (so a double click places one order).
 */
public record CheckoutView(CheckoutForm form, FormErrors errors, CartView cart, List<ShippingMethodView> methods,
                           UUID shippingMethodId, List<Countries.Country> countries, String idempotencyKey) {

    public ShippingMethodView chosenMethod() {
        return methods.stream().filter(m -> m.id().equals(shippingMethodId)).findFirst().orElse(null);
    }

    public String countryName() {
        String code = form.value("country");
        return countries.stream().filter(c -> c.code().equals(code)).map(Countries.Country::name).findFirst()
                .orElse(code);
    }
}
