package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a merchant asks of a payment after it: its detail, refunds (per basket item, or on the whole payment with the
 * v2 path), a same-day cancel, the reporting view with its refunds, and the installment table for a BIN and a price.
 */
final class IyzicoAfterSales {

    private final IyzicoLedger ledger;

    IyzicoAfterSales(IyzicoLedger ledger) {
        this.ledger = ledger;
    }

    /** {@code /payment/detail} by {@code paymentId} or {@code paymentConversationId}. */
    Reply detail(IyzicoCall call) {
        synchronized (ledger) {
            IyzicoPayment payment = find(call, call.text("paymentId"), call.text("paymentConversationId"));
            if (payment == null) {
                return call.failure(IyzicoError.PAYMENT_NOT_FOUND);
            }
            return call.ok(IyzicoWire.payment(payment, call.locale(), call.now(), call.conversationId(),
                    call.merchant().secretKey()).put("paymentStatus", payment.status.name()).json());
        }
    }

    /** {@code /payment/refund}: part or all of one basket item's paid share. */
    Reply refund(IyzicoCall call) {
        String transactionId = call.text("paymentTransactionId");
        BigDecimal price = call.decimal("price");
        IyzicoError invalid = invalidRefund("paymentTransactionId", transactionId, price);
        if (invalid != null) {
            return call.failure(invalid);
        }
        synchronized (ledger) {
            IyzicoPayment payment = ledger.byTransaction(call.merchant().apiKey(), transactionId);
            if (payment == null) {
                return call.failure(IyzicoError.PAYMENT_NOT_FOUND);
            }
            IyzicoError refused = payment.refundItem(transactionId, price, call.text("currency"), call.now(),
                    ledger.refundId(), call.conversationId());
            return refused != null ? call.failure(refused) : call.ok(IyzicoWire.refund(payment, transactionId, price,
                    call.locale(), call.now(), call.conversationId(), call.merchant().secretKey()));
        }
    }

    /** {@code /v2/payment/refund}: part or all of the payment. */
    Reply refundPayment(IyzicoCall call) {
        String paymentId = call.text("paymentId");
        BigDecimal price = call.decimal("price");
        IyzicoError invalid = invalidRefund("paymentId", paymentId, price);
        if (invalid != null) {
            return call.failure(invalid);
        }
        synchronized (ledger) {
            IyzicoPayment payment = ledger.payment(call.merchant().apiKey(), paymentId);
            if (payment == null) {
                return call.failure(IyzicoError.PAYMENT_NOT_FOUND);
            }
            IyzicoError refused = payment.refundPayment(price, call.now(), ledger.refundId(), call.conversationId());
            return refused != null ? call.failure(refused) : call.ok(IyzicoWire.refund(payment, null, price,
                    call.locale(), call.now(), call.conversationId(), call.merchant().secretKey()));
        }
    }

    /** {@code /payment/cancel}: everything back, on the payment's day only. */
    Reply cancel(IyzicoCall call) {
        String paymentId = call.text("paymentId");
        if (paymentId == null) {
            return call.failure(IyzicoError.required("paymentId"));
        }
        synchronized (ledger) {
            IyzicoPayment payment = ledger.payment(call.merchant().apiKey(), paymentId);
            if (payment == null) {
                return call.failure(IyzicoError.PAYMENT_NOT_FOUND);
            }
            IyzicoError refused = payment.cancel(call.now(), ledger.refundId(), call.conversationId());
            return refused != null ? call.failure(refused)
                    : call.ok(IyzicoWire.cancel(payment, call.locale(), call.now(), call.conversationId()));
        }
    }

    /** {@code GET /v2/reporting/payment/details?paymentId=…|paymentConversationId=…}. */
    Reply report(IyzicoCall call) {
        synchronized (ledger) {
            List<IyzicoPayment> found = call.text("paymentId") != null
                    ? java.util.stream.Stream.ofNullable(ledger.payment(call.merchant().apiKey(),
                    call.text("paymentId"))).toList()
                    : ledger.byConversationId(call.merchant().apiKey(), call.text("paymentConversationId"));
            if (found.isEmpty()) {
                return call.failure(IyzicoError.PAYMENT_NOT_FOUND);
            }
            var payments = SimulatorJson.array();
            found.forEach(p -> payments.add(IyzicoWire.report(p).builder()));
            return call.ok(IyzicoWire.base(true, call.locale(), call.now(), call.conversationId())
                    .put("payments", payments).json());
        }
    }

    /** {@code /payment/iyzipos/installment}: the card's options for {@code price}, or every family's without a BIN. */
    Reply installments(IyzicoCall call) {
        BigDecimal price = call.decimal("price");
        if (price == null || price.signum() <= 0) {
            return call.failure(price == null ? IyzicoError.required("price") : IyzicoError.invalid("price"));
        }
        String binNumber = call.text("binNumber");
        var details = SimulatorJson.array();
        if (binNumber == null) {
            IyzicoCards.families().forEach(bin -> details.add(IyzicoWire.installmentDetail(null, bin, price)
                    .builder()));
        } else if (!binNumber.matches("\\d{6,8}")) {
            return call.failure(IyzicoError.BIN_LENGTH);
        } else {
            details.add(IyzicoWire.installmentDetail(binNumber, IyzicoCards.bin(binNumber), price).builder());
        }
        return call.ok(IyzicoWire.base(true, call.locale(), call.now(), call.conversationId())
                .put("installmentDetails", details).json());
    }

    private static IyzicoError invalidRefund(String idName, String id, BigDecimal price) {
        if (id == null || price == null) {
            return IyzicoError.required(id == null ? idName : "price");
        }
        return price.signum() <= 0 ? IyzicoError.invalid("price") : null;
    }

    private IyzicoPayment find(IyzicoCall call, String paymentId, String conversationId) {
        if (paymentId != null) {
            return ledger.payment(call.merchant().apiKey(), paymentId);
        }
        List<IyzicoPayment> found = ledger.byConversationId(call.merchant().apiKey(), conversationId);
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }
}
