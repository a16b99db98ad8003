package io.kervan.integrations.domain;

import io.kervan.shared.domain.KervanException;

import java.time.Duration;
import java.util.Map;

/**
 * The integration's call guard ({@code ProviderCalls}) did not send a call, so nothing happened at the provider: the
 * integration's circuit breaker is open after its recent calls failed, or its bulkhead is full. The call may be made again after {@link #retryAfter()}.
 * Callers say so in their own words ({@link #describe}); as it stands it is a 503 with {@code Retry-After}.
 */
public class CallNotSentException extends KervanException {

    /** Why the call was not sent, as the end of a sentence. */
    public enum Why {
        PAUSED("this integration's recent calls failed, so Kervan pauses its calls for a moment"),
        BUSY("too many of this integration's calls are already under way");

        private final String text;

        Why(String text) {
            this.text = text;
        }
    }

    private final transient Why why;
    private final transient Duration retryAfter;

    public CallNotSentException(Why why, Duration retryAfter) {
        super(IntegrationError.PROVIDER_UNAVAILABLE, sentence("the provider", why, seconds(retryAfter)),
                Map.of("retry_after_seconds", seconds(retryAfter)));
        this.why = why;
        this.retryAfter = retryAfter;
    }

    public Why why() {
        return why;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** "Kervan sent nothing to {provider}: why; try again in N s". */
    public String describe(String provider) {
        return sentence(provider, why, seconds(retryAfter));
    }

    private static String sentence(String provider, Why why, long seconds) {
        return "Kervan sent nothing to " + provider + ": " + why.text + "; try again in " + seconds + " s";
    }

    private static long seconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
