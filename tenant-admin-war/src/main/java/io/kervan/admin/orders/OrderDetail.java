package io.kervan.admin.orders;

import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.StaffVisit;
import io.kervan.escrow.application.EscrowDesk;
import io.kervan.esim.application.EsimDeliveries;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.application.OrderViews;
import io.kervan.orders.domain.OrderStatus;
import io.kervan.payments.application.PaymentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Builds an order's page from the services the API uses: the order (another shop's is not found), its payments and
 * refunds, its eSIMs, its escrow, and the moves to offer: those the order allows now ({@code allowed_statuses}) among confirm,
 * process, ship, deliver and cancel, for a member who may move orders. A failed eSIM order is retried, not confirmed.
 */
@RequestScoped
public class OrderDetail {

    /** The moves staff make by hand; refunds have their own form, fulfillment_failed is Kervan's to set. */
    static final List<String> MOVES = List.of("confirmed", "processing", "shipped", "delivered", "cancelled");

    @Inject
    OrderQueries queries;

    @Inject
    PaymentService payments;

    @Inject
    EsimDeliveries deliveries;

    @Inject
    EscrowDesk escrow;

    @Inject
    StaffVisit visit;

    @Inject
    HttpServletRequest request;

    /** One transaction for the four reads: one connection and one commit instead of four. */
    @Transactional
    public OrderDetailView view(UUID orderId, OrderDetailView.Form form) {
        OrderViews.Detail order = queries.detailForStaff(orderId, visit.locale());
        return new OrderDetailView(order, payments.list(order.id(), null, null), payments.refundsOfOrder(order.id()),
                deliveries.findForOrder(order.id(), null, true).orElse(null), moves(order), timeline(order),
                visit.may(Permission.REFUND), visit.may(Permission.RETRY_FULFILLMENT),
                visit.may(Permission.RESEND_ESIM_EMAIL), Flash.of(request, visit.texts()), form,
                escrow.findForOrder(order.id()).orElse(null), visit.may(Permission.MOVE_ESCROW));
    }

    private List<String> moves(OrderViews.Detail order) {
        if (!visit.may(Permission.MOVE_ORDERS)) {
            return List.of();
        }
        boolean failed = order.status().equals(OrderStatus.FULFILLMENT_FAILED.code());
        return MOVES.stream().filter(order.allowedStatuses()::contains)
                .filter(move -> !(failed && move.equals("confirmed"))).toList();
    }

    private static List<OrderDetailView.Event> timeline(OrderViews.Detail order) {
        List<OrderDetailView.Event> events = new ArrayList<>();
        for (OrderViews.Change change : order.history()) {
            events.add(new OrderDetailView.Event(change.toStatus(), "timeline." + change.toStatus(),
                    change.actorName(), change.actorKind(), change.changedAt(), change.note()));
        }
        Collections.reverse(events);
        return events;
    }
}
