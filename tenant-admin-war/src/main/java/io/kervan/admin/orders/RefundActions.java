package io.kervan.admin.orders;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.payments.application.PaymentRefunds;
import io.kervan.payments.application.PaymentView;
import io.kervan.payments.application.RefundResult;
import io.kervan.payments.application.RefundView;
import io.kervan.payments.domain.PaymentError;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import io.kervan.webkit.form.FormErrors;
import io.kervan.webkit.form.TypedAmount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A refund from an order's page, in two steps as a destructive action should be: the form (an amount, or nothing for
 * all that is left, and a reason) is checked and shown back for confirmation ("check your answers"); confirming asks
 * the refund service of the API, which records the refund before it asks the provider. Only a payment of this very
 * order can be refunded from its page.
 */
@RequestScoped
public class RefundActions {

    static final int LONGEST_REASON = 200;

    /** The confirmation page: the order, the payment, the amount (null: all that is left) and the reason. */
    public record Check(OrderDetailView detail, PaymentView payment, String amount, String typedAmount,
                        String reason) {
    }

    @Inject
    PaymentRefunds refunds;

    @Inject
    OrderDetail detail;

    @Inject
    OrderActions actions;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    void refund(UUID orderId, HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.REFUND);
        OrderDetailView order = detail.view(orderId, OrderDetailView.Form.none());
        String paymentId = OrderActions.field(request, "payment_id", 36);
        PaymentView payment = order.payments().stream().filter(p -> p.id().toString().equals(paymentId))
                .findFirst().orElseThrow(() -> new KervanException(CommonError.NOT_FOUND, "No such payment here"));
        String typed = OrderActions.field(request, "amount", 20);
        String reason = OrderActions.field(request, "reason", LONGEST_REASON + 1);
        // Read as the catalog's forms read amounts: 1.234,56 and 1234.56 alike; 1.234 is asked about, not guessed.
        BigDecimal amount = typed.isEmpty() ? null : TypedAmount.parse(typed).filter(a -> a.signum() > 0).orElse(null);
        FormErrors errors = new FormErrors();
        if (!typed.isEmpty() && amount == null) {
            errors.add("amount", visit.texts().text(TypedAmount.ambiguous(typed) ? "kit.amount.ambiguous"
                    : "refund.amount.invalid", typed));
        }
        if (reason.isEmpty() || reason.length() > LONGEST_REASON) {
            errors.add("reason", visit.texts().text("refund.reason.missing", LONGEST_REASON));
        }
        if (!errors.isEmpty()) {
            showForm(response, orderId, payment, typed, reason, errors);
            return;
        }
        if (!"confirm".equals(request.getParameter("step"))) {
            pages.page(response, 200, "admin/refundCheck.jte", Section.ORDERS, new Check(order, payment,
                    amount == null ? payment.refundableAmount() : amount.toPlainString(), typed, reason),
                    "refund.check.title", order.order().orderNumber());
            return;
        }
        String back = order.href();
        try {
            RefundResult result = refunds.refund(payment.id(), amount, reason, actions.actor());
            pages.seeOther(response, Flash.done(back, result.refund().status().equals(RefundView.PENDING)
                    ? "refund_pending" : "refunded"));
        } catch (KervanException refused) {
            if (refused.errorCode() == PaymentError.REFUND_TOO_LARGE) {
                showForm(response, orderId, payment, typed, reason, new FormErrors().add("amount",
                        visit.texts().text("refund.amount.too_large",
                                visit.formats().money(payment.refundableAmount(), payment.currency()))));
            } else {
                pages.seeOther(response, Flash.problem(back, OrderActions.problemOf(refused)));
            }
        }
    }

    private void showForm(HttpServletResponse response, UUID orderId, PaymentView payment, String typed,
                          String reason, FormErrors errors) throws IOException {
        actions.showAgain(response, orderId, new OrderDetailView.Form("refund", payment.id().toString(),
                Map.of("amount", typed, "reason", reason), errors));
    }
}
