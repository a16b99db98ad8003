package io.kervan.web.storefront.account;

import io.kervan.escrow.application.EscrowDesk;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.application.OrderViews;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.PathIds;
import io.kervan.web.storefront.Visit;
import io.kervan.web.storefront.orders.OrderAccess;
import io.kervan.webkit.render.Meta;
import io.kervan.webkit.render.Paging;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * "My orders" for the signed-in customer, from the queries behind {@code GET /api/orders/}: {@code /account/orders}
 * (newest first, with status, total and date, {@value #PAGE_SIZE} a page) and {@code /account/orders/{id}} (the
 * lines, the status history as a timeline, carrier and tracking number, the payment, and paying again while it is
 * unpaid). Another customer's order, or another shop's, is the 404 page.
 */
@WebServlet({"/account/orders", "/account/orders/*"})
public class MyOrdersPage extends HttpServlet {

    static final int PAGE_SIZE = 10;

    /** The list's model. */
    public record ListView(List<OrderViews.Summary> orders, long total, Paging paging) {
    }

    @Inject
    OrderQueries queries;

    @Inject
    OrderAccess access;

    @Inject
    EscrowDesk escrow;

    @Inject
    CustomerSession session;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UUID> orderId = PathIds.itemOrList(request, "No such order");
        Optional<CustomerSession.Customer> customer = session.orSignIn(request, response);
        if (customer.isEmpty()) {
            return;
        }
        Locale locale = visit.language().locale();
        if (orderId.isPresent()) {
            OrderViews.Detail order = queries.detailForCustomer(orderId.get(), customer.get().id(), locale);
            pages.page(response, 200, "shop/account/order.jte", Meta.personal(visit.texts().text("order.title",
                    order.orderNumber())), Chrome.Section.ACCOUNT,
                    MyOrderView.of(order, locale, access.payPath(order.id()), escrow.holdsPaymentOf(order.id())));
            return;
        }
        int number = Paging.requested(request.getParameter("page"));
        Page<OrderViews.Summary> found = queries.listForCustomer(customer.get().id(),
                new PageRequest(number, PAGE_SIZE), locale);
        pages.page(response, 200, "shop/account/orders.jte", Meta.personal(visit.texts().text("orders.title")),
                Chrome.Section.ACCOUNT, new ListView(found.items(), found.total(),
                        new Paging("/account/orders", Map.of(), number, Math.max(1, found.pageCount()))));
    }
}
