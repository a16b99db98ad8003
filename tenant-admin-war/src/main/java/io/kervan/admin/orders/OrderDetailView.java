package io.kervan.admin.orders;

import io.kervan.admin.Flash;
import io.kervan.escrow.application.EscrowView;
import io.kervan.esim.application.FulfillmentView;
import io.kervan.orders.application.OrderViews;
import io.kervan.payments.application.PaymentView;
import io.kervan.payments.application.RefundView;
import io.kervan.webkit.form.FormErrors;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An order's page for staff: the order, its payments and refunds, its eSIMs and its escrow if it has them, its history
 * as a timeline,
 * and the forms of what the member may do with it now. The forms carry what was typed and what was wrong when a post
 * came back with errors.
 */
public record OrderDetailView(OrderViews.Detail order, List<PaymentView> payments, List<RefundView> refunds,
                              FulfillmentView esims, List<String> moves, List<Event> timeline, boolean mayRefund,
                              boolean mayRetry, boolean mayResend, Flash flash, Form form, EscrowView escrow,
                              boolean mayMoveEscrow) {

    /** The link back to the order, and the page's own address for forms. */
    public String href() {
        return OrderListPage.PATH + "/" + order.id();
    }

    /** One step of the history, newest first: what it became, who did it, when, and the note. */
    public record Event(String status, String titleKey, String actorName, String actorKind, Instant at, String note) {
    }

    /**
     * A form that came back: which ({@code ship} or {@code refund}, and for a refund the payment), its values by
     * field, its errors. {@link #none()} when the page was simply opened.
     */
    public record Form(String name, String paymentId, Map<String, String> values, FormErrors errors) {

        public static Form none() {
            return new Form("", "", Map.of(), new FormErrors());
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public boolean is(String form, String payment) {
            return name.equals(form) && (payment == null || payment.equals(paymentId));
        }
    }

    public boolean offers(String move) {
        return moves.contains(move);
    }

    /** Payments with something left to refund. */
    public List<PaymentView> refundable() {
        return payments.stream().filter(p -> new BigDecimal(p.refundableAmount()).signum() > 0).toList();
    }

    public boolean hasEsims() {
        return esims != null;
    }

    public boolean hasEscrow() {
        return escrow != null;
    }
}
