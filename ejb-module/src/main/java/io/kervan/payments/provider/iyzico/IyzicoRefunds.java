package io.kervan.payments.provider.iyzico;

import io.kervan.payments.provider.PaidPayment;
import io.kervan.payments.provider.RefundOutcome;
import io.kervan.shared.domain.Money;
import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Refunds at iyzico, at most once per Kervan refund key. iyzico takes no idempotency key, but it keeps the
 * {@code conversationId} of every refund and cancel: Kervan sends the refund key there and, before refunding, reads
 * iyzico's record of the payment (the reporting service); a refund or cancel already carrying the key is the earlier
 * attempt whose answer was lost, and is not made again. A whole refund is first tried as a cancel, which reverses the
 * payment without a refund on the shopper's statement but which iyzico allows only on the payment's own day; later it
 * falls back to a refund.
 */
final class IyzicoRefunds {

    /** iyzico's record of what was given back of a payment, and under which keys. */
    record Record(Money refunded, List<String> keys) {
    }

    private static final String[] REFUND_FIELDS = {"paymentId", "price", "currency", "conversationId"};

    private final IyzicoGateway gateway;
    private final IyzicoAccount account;

    IyzicoRefunds(IyzicoGateway gateway, IyzicoAccount account) {
        this.gateway = gateway;
        this.account = account;
    }

    RefundOutcome refund(PaidPayment payment, Money amount, String refundKey) {
        String paymentId = payment.references().get("paymentId");
        if (paymentId == null) {
            return new RefundOutcome(false, null, "iyzico's payment id of " + payment.transactionId()
                    + " is not known; refund it in iyzico's panel");
        }
        Record record = record(paymentId, amount.currency());
        if (record.keys().contains(refundKey)) {
            return new RefundOutcome(true, "refund:" + refundKey, "iyzico had already refunded it (an earlier "
                    + "answer was lost)");
        }
        if (payment.isWholeRefund(amount) && record.refunded().isZero()) {
            IyzicoAnswer cancelled = gateway.post(account, IyzicoRequests.CANCEL,
                    IyzicoRequests.cancel(paymentId, refundKey), ADVICE);
            // A cancel's answer is not signed: iyzico's signed-in record of the payment has to show it.
            if (cancelled.succeeded() && record(paymentId, amount.currency()).keys().contains(refundKey)) {
                return new RefundOutcome(true, "cancel:" + paymentId, "cancelled on the payment's day");
            }
        }
        IyzicoAnswer refunded = gateway.post(account, IyzicoRequests.REFUND,
                IyzicoRequests.refund(paymentId, payment.toCard(amount), refundKey), ADVICE);
        if (!refunded.succeeded()) {
            return new RefundOutcome(false, null, refunded.error());
        }
        if (!refunded.signedWith(account.secretKey().reveal(), REFUND_FIELDS)
                || !paymentId.equals(refunded.text("paymentId"))) {
            return new RefundOutcome(false, null, "iyzico's answer does not carry a valid signature; check the "
                    + "refund in iyzico's panel");
        }
        return new RefundOutcome(true, "refund:" + refundKey, "refunded " + refunded.text("price") + " "
                + refunded.text("currency"));
    }

    private static final String ADVICE = "asking again is safe: Kervan reads iyzico's records before it refunds again";

    /** The reporting service's view of the payment: every refund and cancel, per basket item. */
    Record record(String paymentId, String currency) {
        IyzicoAnswer report = gateway.get(account, IyzicoRequests.report(paymentId));
        List<String> keys = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonObject payment : report.objects("payments")) {
            List<JsonObject> moves = new ArrayList<>(new IyzicoAnswer(payment).objects("cancels"));
            for (JsonObject item : new IyzicoAnswer(payment).objects("itemTransactions")) {
                moves.addAll(new IyzicoAnswer(item).objects("refunds"));
            }
            for (JsonObject move : moves) {
                String key = IyzicoAnswer.text(move, "refundConversationId");
                if (key != null && !keys.contains(key)) {
                    keys.add(key);
                }
                String price = IyzicoAnswer.text(move, "refundPrice");
                total = total.add(price == null ? BigDecimal.ZERO : new BigDecimal(price));
            }
        }
        int digits = Money.currency(currency).getDefaultFractionDigits();
        return new Record(Money.of(total.setScale(digits, java.math.RoundingMode.HALF_UP), currency), keys);
    }
}
