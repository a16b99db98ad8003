package io.kervan.payments.provider;

import io.kervan.payments.domain.PaymentError;
import io.kervan.shared.domain.KervanException;

import java.time.Duration;
import java.util.Map;

/**
 * The provider did not answer in time or answered with a server error, or Kervan did not call it
 * ({@link #notSent}): a 503 for the caller, nothing lost.
 */
public class ProviderUnavailableException extends KervanException {

    public ProviderUnavailableException(String detail) {
        this(detail, "nothing was charged, try again in a moment");
    }

    /** @param advice what the caller may do now, for calls after which money may have moved */
    public ProviderUnavailableException(String detail, String advice) {
        super(PaymentError.PROVIDER_UNAVAILABLE, detail + "; " + advice);
    }

    /** A refund the provider did not answer: it stays requested, and asking again completes that same refund. */
    public static ProviderUnavailableException forRefund(String detail) {
        return new ProviderUnavailableException(detail, REFUND_ADVICE);
    }

    public static final String REFUND_ADVICE =
            "Kervan keeps the refund as requested and completes it; asking again is safe, it is not made twice";

    private ProviderUnavailableException(String detail, Map<String, Object> properties) {
        super(PaymentError.PROVIDER_UNAVAILABLE, detail, properties);
    }

    /**
     * Kervan did not send the call at all (the integration's circuit breaker is open, or its bulkhead full): nothing
     * can have happened at the provider, and the caller may ask again after {@code retryAfter} ({@code Retry-After}).
     */
    public static ProviderUnavailableException notSent(String detail, Duration retryAfter) {
        return new ProviderUnavailableException(detail, Map.of("retry_after_seconds",
                Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
    }
}
