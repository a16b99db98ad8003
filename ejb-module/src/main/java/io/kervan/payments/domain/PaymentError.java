package io.kervan.payments.domain;

import io.kervan.shared.domain.ErrorCode;

/** Payment failures. */
public final class PaymentError {

    public static final ErrorCode PAYMENT_NOT_FOUND = new ErrorCode("payment_not_found", 404, "No such payment");
    public static final ErrorCode NO_USABLE_INTEGRATION = new ErrorCode("no_usable_integration", 409,
            "The shop has no active integration for this provider");
    public static final ErrorCode ORDER_NOT_PAYABLE =
            new ErrorCode("order_not_payable", 409, "The order cannot be paid now");
    public static final ErrorCode PROVIDER_NOT_SUPPORTED =
            new ErrorCode("provider_not_supported", 422, "Payments through this provider are not available yet");
    public static final ErrorCode PAYMENT_NOT_OPEN = new ErrorCode("payment_not_open", 409,
            "The payment no longer takes a card");
    public static final ErrorCode INSTALLMENT_NOT_OFFERED = new ErrorCode("installment_not_offered", 400,
            "The card is not offered this number of installments");
    public static final ErrorCode NOT_REFUNDABLE =
            new ErrorCode("not_refundable", 409, "The payment cannot be refunded");
    public static final ErrorCode REFUND_TOO_LARGE =
            new ErrorCode("refund_too_large", 422, "The refund is larger than what is left to refund");
    public static final ErrorCode REFUND_IN_PROGRESS = new ErrorCode("refund_in_progress", 409,
            "Another refund of this payment is not settled yet");
    public static final ErrorCode REFUND_FAILED =
            new ErrorCode("refund_failed", 502, "The provider did not refund");
    public static final ErrorCode PROVIDER_UNAVAILABLE =
            new ErrorCode("provider_unavailable", 503, "The payment provider is not answering");
    public static final ErrorCode PROVIDER_REFUSED =
            new ErrorCode("provider_refused", 502, "The payment provider refused the request");
    public static final ErrorCode INVALID_WEBHOOK =
            new ErrorCode("invalid_webhook", 401, "The webhook's signature does not verify");
    public static final ErrorCode IDEMPOTENCY_KEY_REUSED = new ErrorCode("idempotency_key_reused", 422,
            "The Idempotency-Key was used for a different request");
    public static final ErrorCode CARD_KEEPING_NOT_OFFERED = new ErrorCode("card_keeping_not_offered", 422,
            "This shop's payment provider does not keep cards for Kervan's card page");
    public static final ErrorCode SAVED_CARD_NOT_FOUND = new ErrorCode("saved_card_not_found", 404,
            "No such saved card");
    public static final ErrorCode SIGN_IN_TO_KEEP_CARD = new ErrorCode("sign_in_to_keep_card", 403,
            "Only the signed-in customer whose order it is can save or use a saved card");

    private PaymentError() {
    }
}
