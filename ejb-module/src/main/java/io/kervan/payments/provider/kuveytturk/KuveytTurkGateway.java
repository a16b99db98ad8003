package io.kervan.payments.provider.kuveytturk;

import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.payments.provider.ProviderUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The calls to Kuveyt Türk, each under MicroProfile Fault Tolerance: a timeout always, a circuit breaker, and retries
 * only for the status query, the one call that moves nothing. Connection failures, timeouts and 5xx answers are
 * {@link ProviderUnavailableException}s; a SOAP fault or a 4xx is the bank saying no
 * ({@link ProviderRefusedException}), which is neither retried nor held against the bank's health. No request body
 * (card data, hashes) is ever logged.
 */
@ApplicationScoped
public class KuveytTurkGateway {

    static final String SOAP_ACTION = "http://boa.net/BOA.Integration.VirtualPos/Service/IVirtualPosService/";

    // HTTP/1.1 and a read timeout under @Timeout, so a slow bank is reported by this class, not cut off mid-call.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(8);

    /** Step one of 3-D Secure; answers the bank's page for the shopper's browser. */
    @Timeout(10_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000,
            skipOn = ProviderRefusedException.class)
    public String enroll(KuveytTurkAccount account, String message) {
        return post(account.payGate(), "application/xml; charset=utf-8", null, message,
                "Kuveyt Türk did not answer", "nothing was charged, try again in a moment");
    }

    /** Step two: takes the money. Never retried: whether a lost answer moved money is for the status query to say. */
    @Timeout(10_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000,
            skipOn = ProviderRefusedException.class)
    public XmlNode provision(KuveytTurkAccount account, String message) {
        return xml(post(account.provisionGate(), "application/xml; charset=utf-8", null, message,
                "Kuveyt Türk did not confirm the payment",
                "Kervan will ask the bank and settle it; do not pay again"));
    }

    /** GetMerchantOrderDetail; idempotent, so retried. Answers the operation's Result element. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProviderRefusedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000,
            skipOn = ProviderRefusedException.class)
    public XmlNode orderDetail(KuveytTurkAccount account, String envelope) {
        return soap(account, "GetMerchantOrderDetail", envelope, "nothing was changed, try again in a moment");
    }

    /** DrawBack or PartialDrawback; never retried. Answers the operation's Result element. */
    @Timeout(10_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000,
            skipOn = ProviderRefusedException.class)
    public XmlNode drawBack(KuveytTurkAccount account, String operation, String envelope) {
        return soap(account, operation, envelope,
                "asking again is safe: Kervan checks the bank's records before it refunds again");
    }

    private XmlNode soap(KuveytTurkAccount account, String operation, String envelope, String advice) {
        XmlNode body = xml(post(account.serviceUrl(), "text/xml; charset=utf-8", SOAP_ACTION + operation, envelope,
                "Kuveyt Türk did not answer " + operation, advice)).at("Body");
        String fault = body.text("Fault", "faultstring");
        if (body.at("Fault").exists()) {
            throw new ProviderRefusedException("Kuveyt Türk refused " + operation + ": "
                    + (fault == null ? "SOAP fault" : fault));
        }
        return body.at(operation + "Response", operation + "Result");
    }

    private static String post(String url, String contentType, String soapAction, String body, String failure,
                               String advice) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(READ_TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (soapAction != null) {
            request.header("SOAPAction", "\"" + soapAction + "\"");
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProviderUnavailableException(failure, advice);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(failure, advice);
        }
        int status = response.statusCode();
        boolean soapFault = soapAction != null && status == 500 && response.body().contains("Fault");
        if (status >= 500 && !soapFault) {
            throw new ProviderUnavailableException(failure + " (HTTP " + status + ")", advice);
        }
        if (status >= 400 && !soapFault) {
            throw new ProviderRefusedException("Kuveyt Türk refused the request (HTTP " + status + ")");
        }
        return response.body();
    }

    private static XmlNode xml(String body) {
        try {
            return XmlNode.parse(body);
        } catch (IllegalArgumentException e) {
            throw new ProviderRefusedException("Kuveyt Türk answered something that is not XML");
        }
    }
}
