package io.kervan.esim.domain;

import java.time.Duration;

/**
 * eSIM Go answered 429 and asked for a longer pause than a caller should wait in place: nothing was done, and the
 * request may be made again after {@link #retryAfter()}. Never retried inside the call.
 */
public class EsimProviderRateLimitedException extends EsimProviderUnavailableException {

    public EsimProviderRateLimitedException(Duration retryAfter) {
        super("eSIM Go is limiting Kervan's requests", "nothing was done; try again in " + Math.max(1,
                retryAfter.toSeconds()) + " s", retryAfter);
    }
}
