package io.kervan.payments.application;

/**
 * What a refund request came to: the refund made (its own amount), and the payment after it (the total refunded so
 * far and what is still refundable). {@code resumed} says that the request completed an earlier refund of the payment
 * that was still unsettled (a retry, or a second click), rather than starting one of its own.
 */
public record RefundResult(RefundView refund, PaymentView payment, boolean resumed) {

    RefundResult resumed(boolean earlier) {
        return new RefundResult(refund, payment, earlier);
    }
}
