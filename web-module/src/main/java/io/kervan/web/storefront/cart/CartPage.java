package io.kervan.web.storefront.cart;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /cart}: the lines with their quantities, the coupon, the shipping method and the totals, priced now. Every
 * change is a plain form posting to {@link CartActions}; htmx sends the same forms and swaps only the cart.
 */
@WebServlet("/cart")
public class CartPage extends HttpServlet {

    @Inject
    CartRendering rendering;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        rendering.showWithNotices(request, response);
    }
}
