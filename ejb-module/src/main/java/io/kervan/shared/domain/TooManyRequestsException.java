package io.kervan.shared.domain;

import java.time.Duration;
import java.util.Map;

/** A limit was hit; the client may try again after {@link #retryAfter()}. */
public class TooManyRequestsException extends KervanException {

    private final transient Duration retryAfter;

    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(CommonError.TOO_MANY_REQUESTS, detail, Map.of("retry_after_seconds", retryAfterSeconds(retryAfter)));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    private static long retryAfterSeconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
