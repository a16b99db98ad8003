package io.kervan.web.storefront.checkout;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.orders.application.OrderPlacement;
import io.kervan.orders.application.PlacedOrder;
import io.kervan.payments.application.PaymentService;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.orders.PlaceOrderRequest;
import io.kervan.web.storefront.Notices;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.PathIds;
import io.kervan.web.storefront.Visit;
import io.kervan.web.storefront.account.CustomerSession;
import io.kervan.web.storefront.cart.BrowserCart;
import io.kervan.web.storefront.orders.OrderAccess;
import io.kervan.web.storefront.orders.PaymentStart;
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
 * {@code POST /checkout/place}: "check your answers"' button. The answers are checked again (they came back from the
 * browser), the order is placed with the form's Idempotency-Key (a second click returns the same order), as a
 * signed-in customer's (under "My orders") or a guest's, and the
 * shopper goes on to pay: straight to the provider when the shop has one, else to the choice of providers. An order
 * the shop refuses (stock gone, coupon used up) sends them back to the cart, which says why.
 */
@WebServlet("/checkout/place")
public class PlaceOrderPage extends HttpServlet {

    @Inject
    OrderPlacement placement;

    @Inject
    PaymentService payments;

    @Inject
    BrowserCart cart;

    @Inject
    Validator validator;

    @Inject
    PaymentStart paymentStart;

    @Inject
    OrderAccess orders;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Inject
    CustomerSession session;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = CheckoutPage.value(request, "idempotency_key");
        UUID cartId = cart.id().orElse(null);
        UUID customer = session.customerId().orElse(null);
        UUID method = PathIds.uuid(CheckoutPage.value(request, "shipping_method_id")).orElse(null);
        boolean physical = !CheckoutPage.value(request, "address_line1").isEmpty();
        CheckoutForm form = CheckoutForm.read(request, physical);
        if (cartId == null || !key.matches("[0-9a-f-]{36}")
                || !form.check(validator, visit.texts(), cartId, method).isEmpty()) {
            pages.seeOther(response, "/checkout");
            return;
        }
        PlaceOrderRequest order = form.request(cartId, method);
        PlacedOrder placed;
        try {
            placed = placement.place(order.toPlaceOrder(customer), key, visit.language().locale());
        } catch (KervanException refused) {
            pages.seeOther(response, Notices.withProblem("/cart", refused.errorCode().code()));
            return;
        }
        visit.forgetCart();
        UUID orderId = placed.order().id();
        List<ProviderType> offered = payments.offeredProviders();
        if (offered.size() == 1) {
            try {
                paymentStart.start(request, response, orderId, offered.get(0), key + "-pay");
                return;
            } catch (KervanException unavailable) {
                pages.seeOther(response, Notices.withProblem(orders.payPath(orderId),
                        unavailable.errorCode().code()));
                return;
            }
        }
        pages.seeOther(response, orders.payPath(orderId));
    }
}
