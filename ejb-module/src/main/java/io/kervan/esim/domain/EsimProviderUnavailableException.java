package io.kervan.esim.domain;

import io.kervan.shared.domain.KervanException;

import java.time.Duration;
import java.util.Map;

/**
 * eSIM Go did not answer (connection refused, timeout, 5xx), was not called ({@link EsimProviderNotCalledException})
 * or asked Kervan to slow down (429): a 503
 * for the caller. {@link #retryAfter()} is eSIM Go's {@code Retry-After} when it gave one.
 */
public class EsimProviderUnavailableException extends KervanException {

    private final transient Duration retryAfter;

    /** @param advice what the caller may do now; for an order: whether it may have been placed */
    public EsimProviderUnavailableException(String detail, String advice) {
        this(detail, advice, null);
    }

    public EsimProviderUnavailableException(String detail, String advice, Duration retryAfter) {
        this(detail + "; " + advice, retryAfter);
    }

    /** @param detail the whole message, advice included */
    protected EsimProviderUnavailableException(String detail, Duration retryAfter) {
        super(EsimError.PROVIDER_UNAVAILABLE, detail, retryAfter == null ? Map.of()
                : Map.of("retry_after_seconds", Math.max(1, retryAfter.toSeconds())));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
