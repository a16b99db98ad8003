package io.kervan.payments.provider.stripe;

import com.stripe.exception.ApiConnectionException;
import com.stripe.net.HttpClient;
import com.stripe.net.HttpHeaders;
import com.stripe.net.StripeRequest;
import com.stripe.net.StripeResponse;
import io.kervan.integrations.infrastructure.ProviderHttp;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * stripe-java's requests sent through {@link ProviderHttp}, so that Stripe's endpoint gets the same address checks as
 * every provider's (stripe-java's own client would resolve and connect by itself, and follow redirects). A call that
 * gets no answer is stripe-java's {@link ApiConnectionException}; an address Kervan does not call passes through as
 * the transport's own exception. Timeouts are the transport's ({@code kervan.outbound.*-timeout}).
 */
final class StripeTransport extends HttpClient {

    private final ProviderHttp http;

    StripeTransport(ProviderHttp http) {
        this.http = http;
    }

    @Override
    public StripeResponse request(StripeRequest request) throws ApiConnectionException {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers().map());
        headers.put("User-Agent", List.of(buildUserAgentString(request)));
        headers.put("X-Stripe-Client-User-Agent", List.of(buildXStripeClientUserAgentString()));
        try {
            ProviderHttp.Answer answer = http.send(new ProviderHttp.Request(request.method().name(),
                    request.url().toURI(), headers,
                    request.content() == null ? null : request.content().byteArrayContent(),
                    request.content() == null ? null : request.content().contentType(), null));
            return new StripeResponse(answer.status(), HttpHeaders.of(answer.headers()), answer.body());
        } catch (IOException | URISyntaxException e) {
            // The message names no address and no key: only what kind of failure it was.
            throw new ApiConnectionException("Stripe did not answer (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
