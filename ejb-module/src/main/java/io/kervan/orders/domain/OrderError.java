package io.kervan.orders.domain;

import io.kervan.shared.domain.ErrorCode;

/** Order failures. */
public final class OrderError {

    public static final ErrorCode ORDER_NOT_FOUND = new ErrorCode("order_not_found", 404, "No such order");
    public static final ErrorCode ILLEGAL_STATUS_CHANGE =
            new ErrorCode("illegal_status_change", 409, "The order cannot move to that status");
    public static final ErrorCode TRACKING_NUMBER_REQUIRED =
            new ErrorCode("tracking_number_required", 422, "Shipping needs a tracking number");
    public static final ErrorCode IDEMPOTENCY_KEY_REUSED =
            new ErrorCode("idempotency_key_reused", 422, "The Idempotency-Key was used for a different request");

    private OrderError() {
    }
}
