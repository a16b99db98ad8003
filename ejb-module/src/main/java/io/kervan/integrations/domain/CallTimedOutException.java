package io.kervan.integrations.domain;

import io.kervan.shared.domain.KervanException;

import java.time.Duration;

/**
 * A call the integration's call guard ({@code ProviderCalls}) sent got no final answer within
 * {@code kervan.providers.timeout}: like any unanswered call, it may or may not have done its work at the provider,
 * which callers word for what they asked.
 */
public class CallTimedOutException extends KervanException {

    public CallTimedOutException(Duration timeout) {
        super(IntegrationError.PROVIDER_UNAVAILABLE, "The provider did not answer within " + timeout.toSeconds()
                + " s");
    }
}
