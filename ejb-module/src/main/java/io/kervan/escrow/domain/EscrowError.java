package io.kervan.escrow.domain;

import io.kervan.shared.domain.ErrorCode;

/** Escrow failures: the moves an escrow refuses, each a 409 that says what state it is in. */
public final class EscrowError {

    public static final ErrorCode ESCROW_NOT_FOUND = new ErrorCode("escrow_not_found", 404,
            "The order has no escrow");
    public static final ErrorCode ESCROW_ALREADY_RELEASED = new ErrorCode("escrow_already_released", 409,
            "The escrow is already released");
    public static final ErrorCode ESCROW_REFUNDED = new ErrorCode("escrow_refunded", 409,
            "The escrow was refunded in full");
    public static final ErrorCode ESCROW_DISPUTED = new ErrorCode("escrow_disputed", 409,
            "The escrow is disputed");
    public static final ErrorCode ESCROW_NOT_DISPUTED = new ErrorCode("escrow_not_disputed", 409,
            "The escrow is not disputed");
    public static final ErrorCode ESCROW_NOT_DELIVERED = new ErrorCode("escrow_not_delivered", 409,
            "The order is not delivered yet");

    private EscrowError() {
    }
}
