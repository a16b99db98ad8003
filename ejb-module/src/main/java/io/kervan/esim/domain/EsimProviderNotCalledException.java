package io.kervan.esim.domain;

import java.time.Duration;

/**
 * Kervan sent nothing to eSIM Go: the shop's eSIM Go integration has its calls paused after recent failures (its
 * circuit breaker is open) or too many under way. Nothing was done, an order was not placed, and the call may be
 * made again after {@link #retryAfter()}.
 */
public class EsimProviderNotCalledException extends EsimProviderUnavailableException {

    public EsimProviderNotCalledException(String detail, Duration retryAfter) {
        super(detail, retryAfter);
    }
}
