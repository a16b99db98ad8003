package io.kervan.web.storefront.checkout;

import io.kervan.catalog.application.ShippingCatalog;
import io.kervan.catalog.application.ShippingMethodView;
import io.kervan.cart.application.PricedCart;
import io.kervan.tenancy.application.ShopAddress;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Countries;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.PathIds;
import io.kervan.web.storefront.Visit;
import io.kervan.web.storefront.account.CustomerSession;
import io.kervan.web.storefront.cart.BrowserCart;
import io.kervan.web.storefront.cart.CartRendering;
import io.kervan.web.storefront.cart.CartView;
import io.kervan.webkit.form.FormErrors;
import io.kervan.webkit.render.Meta;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * {@code /checkout}: contact details (a signed-in customer's email filled in), the address (only when something is
 * shipped) and the shipping method, checked by the order API's own rules; errors come back the GOV.UK way (a summary
 * linking to each field, the values kept, 422).
 * Valid answers lead to "check your answers", whose button places the order ({@link PlaceOrderPage}).
 */
@WebServlet("/checkout")
public class CheckoutPage extends HttpServlet {

    private static final String DEFAULT_COUNTRY = "TR";

    @Inject
    BrowserCart cart;

    @Inject
    ShippingCatalog shipping;

    @Inject
    Validator validator;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Inject
    CustomerSession session;

    @Inject
    ShopAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ShippingMethodView> methods = shipping.list(true);
        UUID chosen = CartRendering.chosenMethod(methods, visit.shippingMethodId());
        PricedCart priced = cart.view(chosen);
        if (priced.lines().isEmpty()) {
            pages.seeOther(response, "/cart");
            return;
        }
        CheckoutForm form = CheckoutForm.empty(priced.needsShipping(), DEFAULT_COUNTRY);
        session.customer().map(CustomerSession.Customer::email).ifPresent(email -> form.prefill("email", email));
        showForm(response, 200, form, new FormErrors(), priced, methods, chosen);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ShippingMethodView> methods = shipping.list(true);
        UUID chosen = CartRendering.chosenMethod(methods, PathIds.uuid(value(request, "shipping_method_id")));
        PricedCart priced = cart.view(chosen);
        if (priced.lines().isEmpty() || priced.cartId() == null) {
            pages.seeOther(response, "/cart");
            return;
        }
        CheckoutForm form = CheckoutForm.read(request, priced.needsShipping());
        if (request.getParameter("edit") != null) {
            showForm(response, 200, form, new FormErrors(), priced, methods, chosen);
            return;
        }
        FormErrors errors = form.check(validator, visit.texts(), priced.cartId(), chosen);
        if (!errors.isEmpty()) {
            showForm(response, 422, form, errors, priced, methods, chosen);
            return;
        }
        if (chosen != null) {
            visit.keepShippingMethod(chosen);
        }
        CheckoutView view = new CheckoutView(form, errors, cartView(priced, methods, chosen), methods, chosen,
                Countries.in(visit.language().locale()), UUID.randomUUID().toString());
        pages.page(response, 200, "shop/review.jte", Meta.personal(visit.texts().text("review.title")),
                Chrome.Section.NONE, view);
    }

    private void showForm(HttpServletResponse response, int status, CheckoutForm form, FormErrors errors,
                          PricedCart priced, List<ShippingMethodView> methods, UUID chosen) throws IOException {
        CheckoutView view = new CheckoutView(form, errors, cartView(priced, methods, chosen), methods, chosen,
                Countries.in(visit.language().locale()), null);
        Meta meta = Meta.indexed(visit.texts().text("checkout.title"),
                visit.texts().text("checkout.description", visit.shop().displayName()), address.link("/checkout"));
        pages.page(response, status, "shop/checkout.jte",
                errors.isEmpty() ? meta : meta.withTitlePrefix(visit.texts().text("kit.error.prefix")),
                Chrome.Section.NONE, view);
    }

    private static CartView cartView(PricedCart priced, List<ShippingMethodView> methods, UUID chosen) {
        return CartView.of(priced, methods, priced.needsShipping() ? chosen : null, null, null);
    }

    static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }
}
