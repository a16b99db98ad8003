package io.kervan.esim.domain;

import io.kervan.shared.domain.ErrorCode;

/** eSIM failures. The provider codes are the same strings the payment providers use, so clients handle both alike. */
public final class EsimError {

    public static final ErrorCode NOT_CONNECTED = new ErrorCode("no_usable_integration", 409,
            "The shop has no eSIM Go integration in test mode or live");
    public static final ErrorCode ESIM_NOT_FOUND = new ErrorCode("esim_not_found", 404, "No such eSIM");
    /** The same code as a payment provider's unverified webhook. */
    public static final ErrorCode INVALID_CALLBACK =
            new ErrorCode("invalid_webhook", 401, "The usage callback's signature does not verify");
    public static final ErrorCode PROVIDER_UNAVAILABLE =
            new ErrorCode("provider_unavailable", 503, "eSIM Go is not answering");
    public static final ErrorCode PROVIDER_REFUSED =
            new ErrorCode("provider_refused", 502, "eSIM Go refused the request");

    public static final ErrorCode NO_ESIMS = new ErrorCode("no_esims", 404, "The order has no eSIMs");
    public static final ErrorCode NOT_RETRYABLE = new ErrorCode("fulfillment_not_retryable", 409,
            "Only a failed eSIM fulfillment can be retried");

    public static final ErrorCode NOT_DELIVERED = new ErrorCode("fulfillment_not_delivered", 409,
            "Only delivered eSIMs can be emailed again");

    private EsimError() {
    }
}
