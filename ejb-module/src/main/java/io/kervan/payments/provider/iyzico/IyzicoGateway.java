package io.kervan.payments.provider.iyzico;

import io.kervan.integrations.infrastructure.ProviderCalls;
import io.kervan.integrations.infrastructure.ProviderHttp;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.payments.provider.ProviderUnavailableException;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Kervan's own iyzico client (iyzipay-java is not used: it casts every connection to {@code HttpsURLConnection}, so it
 * could go neither through {@link ProviderHttp}'s address checks nor to a simulator over http, and it pulls the javax
 * JAXB API into a Jakarta EE server). Each request is JSON signed {@code IYZWSv2} over the exact bytes sent, goes
 * through {@link ProviderHttp}, and is one call of the shop's integration under {@link ProviderCalls}. Reads are tried
 * again when iyzico does not answer; calls that move money never are. No request body (cards, keys) is logged.
 */
@ApplicationScoped
public class IyzicoGateway {

    static final String CLIENT_VERSION = "kervan-iyzico-1";
    private static final Predicate<Throwable> UNANSWERED = ProviderUnavailableException.class::isInstance;
    private static final ProviderCalls.Retries READ_RETRIES = new ProviderCalls.Retries(2, Duration.ofMillis(200),
            UNANSWERED);

    @Inject
    ProviderHttp http;

    @Inject
    ProviderCalls calls;

    /** A POST made once; {@code advice} tells the caller what a lost answer means. */
    IyzicoAnswer post(IyzicoAccount account, String path, JsonObject body, String advice) {
        return calls.call(account.integrationId(), UNANSWERED, () -> send(account, "POST", path, body.toString(),
                advice));
    }

    /** A POST that changes nothing at iyzico (a detail, a retrieve, the installment table), tried again. */
    IyzicoAnswer read(IyzicoAccount account, String path, JsonObject body) {
        return calls.call(account.integrationId(), UNANSWERED, () -> calls.retried(READ_RETRIES,
                () -> send(account, "POST", path, body.toString(), "nothing was changed, try again in a moment")));
    }

    /** A DELETE with a JSON body (card storage), made once; signed over the exact body sent, like a POST. */
    IyzicoAnswer delete(IyzicoAccount account, String path, JsonObject body, String advice) {
        return calls.call(account.integrationId(), UNANSWERED, () -> send(account, "DELETE", path, body.toString(),
                advice));
    }

    /** A GET of the reporting service; the query is part of what is signed. */
    IyzicoAnswer get(IyzicoAccount account, String pathAndQuery) {
        return calls.call(account.integrationId(), UNANSWERED, () -> calls.retried(READ_RETRIES,
                () -> send(account, "GET", pathAndQuery, null, "nothing was changed, try again in a moment")));
    }

    private IyzicoAnswer send(IyzicoAccount account, String method, String path, String body, String advice) {
        String randomKey = UUID.randomUUID().toString();
        URI uri = URI.create(account.baseUrl() + path);
        ProviderHttp.Request request = (body == null ? ProviderHttp.Request.get(uri)
                : ProviderHttp.Request.post(uri, "application/json", body).method(method))
                .header("Accept", "application/json")
                .header("x-iyzi-client-version", CLIENT_VERSION)
                .header("Authorization", IyzicoSignatures.authorization(account.apiKey(),
                        account.secretKey().reveal(), randomKey, path, body));
        ProviderHttp.Answer answer;
        try {
            answer = http.send(request);
        } catch (IOException e) {
            throw new ProviderUnavailableException("iyzico did not answer", advice);
        }
        if (answer.status() >= 500) {
            throw new ProviderUnavailableException("iyzico did not answer (HTTP " + answer.status() + ")", advice);
        }
        if (answer.status() >= 400) {
            throw new ProviderRefusedException("iyzico refused the request (HTTP " + answer.status() + ")");
        }
        try {
            return new IyzicoAnswer(JsonDocuments.parse(answer.body()));
        } catch (JsonException e) {
            throw new ProviderRefusedException("iyzico answered something that is not JSON");
        }
    }
}
