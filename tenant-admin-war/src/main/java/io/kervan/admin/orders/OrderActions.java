package io.kervan.admin.orders;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.esim.application.EsimDeliveries;
import io.kervan.orders.application.OrderManagement;
import io.kervan.orders.domain.OrderError;
import io.kervan.orders.domain.OrderStatus;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import io.kervan.webkit.form.FormErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * The posts of an order's page, each one service call of the API's and then a redirect back to the order with what
 * came of it (post, redirect, get): a move of its status, a retry of its failed eSIMs, their email once more. The
 * order's own rules decide what is legal: a move it refuses (a forged form, a page left open too long) writes nothing
 * and comes back as a message. Refunds are {@link RefundActions}.
 */
@RequestScoped
public class OrderActions {

    @Inject
    OrderManagement management;

    @Inject
    EsimDeliveries deliveries;

    @Inject
    OrderDetail detail;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    void move(UUID orderId, HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MOVE_ORDERS);
        String to = request.getParameter("to");
        String back = OrderListPage.PATH + "/" + orderId;
        if (to == null || !OrderDetail.MOVES.contains(to)) {
            pages.seeOther(response, Flash.problem(back, OrderError.ILLEGAL_STATUS_CHANGE.code()));
            return;
        }
        boolean ship = to.equals("shipped");
        String tracking = ship ? field(request, "tracking_number", 100) : null;
        String carrier = ship ? field(request, "carrier", 80) : null;
        try {
            management.change(orderId, OrderStatus.fromCode(to), tracking, carrier, null, actor(), visit.locale());
            pages.seeOther(response, Flash.done(back, to));
        } catch (KervanException refused) {
            if (refused.errorCode() == OrderError.ILLEGAL_STATUS_CHANGE) {
                pages.seeOther(response, Flash.problem(back, refused.errorCode().code()));
            } else if (ship && (refused.errorCode() == OrderError.TRACKING_NUMBER_REQUIRED
                    || refused.errorCode() == CommonError.VALIDATION_FAILED)) {
                FormErrors errors = new FormErrors().add("tracking_number", visit.texts().text(
                        tracking.isBlank() ? "orders.ship.tracking.missing" : "orders.ship.tracking.invalid"));
                showAgain(response, orderId, new OrderDetailView.Form("ship", "",
                        Map.of("tracking_number", tracking, "carrier", carrier), errors));
            } else {
                throw refused;
            }
        }
    }

    void retryFulfillment(UUID orderId, HttpServletResponse response) {
        visit.require(Permission.RETRY_FULFILLMENT);
        String back = OrderListPage.PATH + "/" + orderId;
        try {
            deliveries.retry(orderId, actor());
            pages.seeOther(response, Flash.done(back, "retried"));
        } catch (KervanException refused) {
            pages.seeOther(response, Flash.problem(back, problemOf(refused)));
        }
    }

    void resendEsimEmail(UUID orderId, HttpServletResponse response) {
        visit.require(Permission.RESEND_ESIM_EMAIL);
        String back = OrderListPage.PATH + "/" + orderId;
        try {
            deliveries.resendEmail(orderId, actor());
            pages.seeOther(response, Flash.done(back, "email_again"));
        } catch (KervanException refused) {
            pages.seeOther(response, Flash.problem(back, problemOf(refused)));
        }
    }

    /** The order's page again, with a form as it was sent and what is wrong with it. */
    void showAgain(HttpServletResponse response, UUID orderId, OrderDetailView.Form form) throws IOException {
        OrderDetailView view = detail.view(orderId, form);
        pages.page(response, 422, "admin/order.jte", Section.ORDERS, view, "order.title",
                view.order().orderNumber());
    }

    /** A refusal's code as a page can say it; one it does not know (404 aside) is the failure page's. */
    static String problemOf(KervanException refused) {
        if (refused.errorCode().httpStatus() == 404 || refused.errorCode().httpStatus() == 403) {
            throw refused;
        }
        return refused.errorCode().code();
    }

    Actor actor() {
        return Actor.staff(visit.session().accountId(), visit.session().email());
    }

    /** A field as typed and stripped, cut to {@code longest} (the service refuses what is still wrong). */
    static String field(HttpServletRequest request, String name, int longest) {
        String value = request.getParameter(name);
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > longest ? stripped.substring(0, longest) : stripped;
    }
}
