package io.kervan.web.storefront.cart;

import io.kervan.catalog.application.ShippingCatalog;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.storefront.Notices;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.PathIds;
import io.kervan.web.storefront.Visit;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The cart's forms: {@code /cart/add}, {@code update}, {@code remove}, {@code coupon}, {@code coupon/remove} and
 * {@code shipping}. Each is one call of the cart service, then a 303 to the cart (or, for an add that fails, back to
 * the product) saying what happened; a request from htmx gets the cart's region instead. An expected refusal (no
 * stock, unknown coupon) is said on the page by its code; bad input is "invalid".
 */
@WebServlet("/cart/*")
public class CartActions extends HttpServlet {

    private static final int MAX_QUANTITY = 1000;
    private static final Set<String> ACTIONS = Set.of("/add", "/update", "/remove", "/coupon", "/coupon/remove",
            "/shipping");

    @Inject
    BrowserCart cart;

    @Inject
    ShippingCatalog shipping;

    @Inject
    CartRendering rendering;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!ACTIONS.contains(action)) {
            throw new KervanException(CommonError.NOT_FOUND, "No such form");
        }
        String notice;
        try {
            notice = perform(action, request);
        } catch (KervanException refused) {
            if (refused.errorCode().httpStatus() >= 500) {
                throw refused;
            }
            answer(request, response, null, refused.errorCode().code());
            return;
        }
        if (notice == null) {
            answer(request, response, null, "invalid");
        } else {
            answer(request, response, "notice." + notice, null);
        }
    }

    /** Does what the form asks; the code of what happened, or null when the form's values were not usable. */
    private String perform(String action, HttpServletRequest request) {
        Optional<UUID> product = PathIds.uuid(value(request, "product_id"));
        Optional<Integer> quantity = quantity(value(request, "quantity"));
        boolean lineChange = product.isPresent() && quantity.isPresent();
        switch (action) {
            case "/add":
                if (!lineChange || quantity.get() < 1) {
                    return null;
                }
                cart.add(product.get(), quantity.get());
                return "added";
            case "/update":
                if (!lineChange) {
                    return null;
                }
                cart.setQuantity(product.get(), quantity.get());
                return quantity.get() == 0 ? "removed" : "updated";
            case "/remove":
                if (product.isEmpty()) {
                    return null;
                }
                cart.remove(product.get());
                return "removed";
            case "/coupon":
                return couponApplied(request);
            case "/coupon/remove":
                cart.removeCoupon();
                return "coupon_removed";
            default:
                return shippingChosen(request);
        }
    }

    private String couponApplied(HttpServletRequest request) {
        String code = value(request, "coupon_code");
        if (code.isEmpty() || code.length() > 40) {
            return null;
        }
        cart.applyCoupon(code);
        return "coupon_applied";
    }

    private String shippingChosen(HttpServletRequest request) {
        Optional<UUID> method = PathIds.uuid(value(request, "shipping_method_id"));
        if (method.isEmpty()) {
            return null;
        }
        visit.keepShippingMethod(shipping.active(method.get()).id());
        return "shipping_chosen";
    }

    /** After an add that failed the shopper goes back to the product; everything else lands on the cart. */
    private void answer(HttpServletRequest request, HttpServletResponse response, String notice, String problem)
            throws IOException {
        boolean failedAdd = problem != null && "/add".equals(request.getPathInfo());
        if (pages.fromHtmx() && !failedAdd) {
            rendering.show(response, notice, problem == null ? null : problemKey(problem));
            return;
        }
        String back = failedAdd ? PathIds.uuid(value(request, "product_id")).map(id -> "/products/" + id)
                .orElse("/cart") : "/cart";
        pages.seeOther(response, problem != null ? Notices.withProblem(back, problem)
                : Notices.withNotice(back, notice.substring("notice.".length())));
    }

    private String problemKey(String code) {
        String key = "problem." + code;
        return visit.texts().has(key) ? key : "problem.invalid";
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    private static Optional<Integer> quantity(String text) {
        if (!text.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text);
        return value <= MAX_QUANTITY ? Optional.of(value) : Optional.empty();
    }
}
