package io.kervan.admin.orders;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.admin.escrow.EscrowActions;
import io.kervan.orders.domain.OrderError;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;

/**
 * An order's addresses: {@code GET /admin/orders/{id}} (its page), {@code GET …/cancel} (confirm cancelling), and
 * the posts {@code …/status}, {@code …/refund}, {@code …/fulfillment/retry}, {@code …/fulfillment/resend-email} and
 * {@code …/escrow/dispute}, {@code …/escrow/clear}, {@code …/escrow/release}.
 * An id that is not one of this shop's orders is the 404 page.
 */
@WebServlet("/orders/*")
public class OrderPages extends HttpServlet {

    @Inject
    OrderDetail detail;

    @Inject
    OrderActions actions;

    @Inject
    RefundActions refunds;

    @Inject
    EscrowActions escrow;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.SEE_ORDERS);
        Address address = Address.of(request);
        switch (address.action()) {
            case "" -> {
                OrderDetailView view = detail.view(address.orderId(), OrderDetailView.Form.none());
                pages.page(response, 200, "admin/order.jte", Section.ORDERS, view, "order.title",
                        view.order().orderNumber());
            }
            case "/cancel" -> {
                visit.require(Permission.MOVE_ORDERS);
                OrderDetailView view = detail.view(address.orderId(), OrderDetailView.Form.none());
                if (!view.offers("cancelled")) {
                    pages.seeOther(response, Flash.problem(view.href(), OrderError.ILLEGAL_STATUS_CHANGE.code()));
                    return;
                }
                pages.page(response, 200, "admin/cancelCheck.jte", Section.ORDERS, view, "cancel.title",
                        view.order().orderNumber());
            }
            default -> throw notFound();
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Address address = Address.of(request);
        switch (address.action()) {
            case "/status" -> actions.move(address.orderId(), request, response);
            case "/refund" -> refunds.refund(address.orderId(), request, response);
            case "/fulfillment/retry" -> actions.retryFulfillment(address.orderId(), response);
            case "/fulfillment/resend-email" -> actions.resendEsimEmail(address.orderId(), response);
            case "/escrow/dispute", "/escrow/clear", "/escrow/release" -> escrow.act(address.orderId(),
                    address.action().substring("/escrow/".length()), request, response,
                    OrderListPage.PATH + "/" + address.orderId());
            default -> throw notFound();
        }
    }

    /** {@code /{id}} and what follows it. */
    private record Address(UUID orderId, String action) {

        static Address of(HttpServletRequest request) {
            String info = request.getPathInfo();
            if (info == null || info.length() < 37) {
                throw notFound();
            }
            try {
                UUID id = UUID.fromString(info.substring(1, 37));
                return new Address(id, info.substring(37));
            } catch (IllegalArgumentException e) {
                throw notFound();
            }
        }
    }

    private static KervanException notFound() {
        return new KervanException(CommonError.NOT_FOUND, "There is nothing at this address");
    }
}
