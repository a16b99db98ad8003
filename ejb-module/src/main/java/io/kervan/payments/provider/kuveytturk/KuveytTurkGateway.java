package io.kervan.payments.provider.kuveytturk;

import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.payments.provider.ProviderUnavailableException;
import io.kervan.integrations.infrastructure.ProviderCalls;
import io.kervan.integrations.infrastructure.ProviderHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The calls to Kuveyt Türk, through {@link ProviderHttp}, each one call of the shop's integration under
 * {@link ProviderCalls} (its own circuit breaker, bulkhead and timeout); retried inside only for the status query, the
 * one call that moves nothing. Connection failures, timeouts and 5xx answers are
 * {@link ProviderUnavailableException}s; a SOAP fault or a 4xx is the bank saying no ({@link ProviderRefusedException}),
 * which is neither retried nor held against the bank's health. No request body (card data, hashes) is ever logged.
 */
@ApplicationScoped
public class KuveytTurkGateway {

    static final String SOAP_ACTION = "http://boa.net/BOA.Integration.VirtualPos/Service/IVirtualPosService/";

    private static final Predicate<Throwable> UNANSWERED = ProviderUnavailableException.class::isInstance;
    private static final ProviderCalls.Retries STATUS_RETRIES = new ProviderCalls.Retries(2, Duration.ofMillis(200),
            UNANSWERED);

    @Inject
    ProviderHttp http;

    @Inject
    ProviderCalls calls;

    /** Step one of 3-D Secure; answers the bank's page for the shopper's browser. */
    public String enroll(KuveytTurkAccount account, String message) {
        return calls.call(account.integrationId(), UNANSWERED, () -> post(account.payGate(),
                "application/xml; charset=utf-8", null, message, "Kuveyt Türk did not answer",
                "nothing was charged, try again in a moment"));
    }

    /** Step two: takes the money. Never retried: whether a lost answer moved money is for the status query to say. */
    public XmlNode provision(KuveytTurkAccount account, String message) {
        return xml(calls.call(account.integrationId(), UNANSWERED, () -> post(account.provisionGate(),
                "application/xml; charset=utf-8", null, message, "Kuveyt Türk did not confirm the payment",
                "Kervan will ask the bank and settle it; do not pay again")));
    }

    /** GetMerchantOrderDetail; idempotent, so retried. Answers the operation's Result element. */
    public XmlNode orderDetail(KuveytTurkAccount account, String envelope) {
        return calls.call(account.integrationId(), UNANSWERED, () -> calls.retried(STATUS_RETRIES,
                () -> soap(account, "GetMerchantOrderDetail", envelope, "nothing was changed, try again in a moment")));
    }

    /** DrawBack or PartialDrawback; never retried. Answers the operation's Result element. */
    public XmlNode drawBack(KuveytTurkAccount account, String operation, String envelope) {
        return calls.call(account.integrationId(), UNANSWERED, () -> soap(account, operation, envelope,
                "asking again is safe: Kervan checks the bank's records before it refunds again"));
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

    private String post(String url, String contentType, String soapAction, String body, String failure,
                        String advice) {
        ProviderHttp.Request request = ProviderHttp.Request.post(URI.create(url), contentType, body);
        if (soapAction != null) {
            request = request.header("SOAPAction", "\"" + soapAction + "\"");
        }
        ProviderHttp.Answer response;
        try {
            response = http.send(request);
        } catch (IOException e) {
            throw new ProviderUnavailableException(failure, advice);
        }
        int status = response.status();
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
