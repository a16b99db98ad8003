package io.kervan.payments.provider.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import com.stripe.param.checkout.SessionCreateParams;
import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.Secret;
import io.kervan.payments.provider.InvalidWebhookException;
import io.kervan.payments.provider.PaidPayment;
import io.kervan.payments.provider.PaymentProvider;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.payments.provider.WebhookEvent;
import jakarta.json.JsonObject;
import io.kervan.payments.provider.PaymentRequest;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.payments.provider.ProviderUnavailableException;
import io.kervan.payments.provider.RefundOutcome;
import io.kervan.payments.provider.StartedPayment;
import io.kervan.shared.domain.Money;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import io.kervan.integrations.infrastructure.ProviderCalls;
import io.kervan.integrations.infrastructure.ProviderHttp;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Stripe through stripe-java with Checkout Sessions: the shopper pays on Stripe's hosted page and comes back to
 * Kervan, which retrieves the session to see whether it is paid. Each call uses the shop's own secret key and endpoint
 * (a simulator in tests), is sent through {@link ProviderHttp} and is one call of the integration under
 * {@link ProviderCalls}; no Stripe type leaves this class. Creating a session is idempotent (its key is the payment
 * number) and reads change nothing, so those are retried inside the call when Stripe does not answer; a refund is not.
 * Stripe not answering is a {@link ProviderUnavailableException}, a 4xx Stripe saying no.
 */
@ApplicationScoped
public class StripeProvider implements PaymentProvider {

    private static final String DEFAULT_API = "https://api.stripe.com";
    private static final long SIGNATURE_TOLERANCE_SECONDS = 300;
    private static final Predicate<Throwable> UNANSWERED = ProviderUnavailableException.class::isInstance;
    private static final ProviderCalls.Retries RETRIES = new ProviderCalls.Retries(2, Duration.ofMillis(200),
            UNANSWERED);

    @Inject
    ProviderCalls calls;

    @Inject
    ProviderHttp http;

    @Override
    public ProviderType type() {
        return ProviderType.STRIPE;
    }

    @Override
    public StartedPayment start(PaymentRequest request, ProviderAccount account) {
        String returnUrl = request.returnUrl();
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl(returnUrl + "?session_id={CHECKOUT_SESSION_ID}")
                .setCancelUrl(returnUrl)
                .setClientReferenceId(request.paymentNumber())
                .setCustomerEmail(request.customerEmail())
                .putMetadata("payment_number", request.paymentNumber())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(request.amount().currency().toLowerCase(Locale.ROOT))
                                .setUnitAmount(minorUnits(request.amount()))
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description()).build())
                                .build())
                        .build())
                .build();
        RequestOptions once = RequestOptions.builder().setIdempotencyKey(request.paymentNumber()).build();
        StripeClient client = client(account);
        Session session = retried(account, () -> client.checkout().sessions().create(params, once),
                "nothing was charged, try again in a moment");
        return new StartedPayment(session.getId(), session.getUrl());
    }

    @Override
    public ProviderOutcome confirm(String transactionId, ProviderAccount account) {
        StripeClient client = client(account);
        Session session;
        try {
            session = retried(account, () -> client.checkout().sessions().retrieve(transactionId),
                    "Kervan will ask again later");
        } catch (ProviderRefusedException e) {
            // Nobody knows yet; the reconciler asks again later.
            return new ProviderOutcome(ProviderOutcome.Result.UNKNOWN, null, "Stripe did not give an answer");
        }
        Money amount = session.getAmountTotal() == null ? null : fromMinorUnits(session.getAmountTotal(),
                session.getCurrency());
        if ("paid".equals(session.getPaymentStatus())) {
            return new ProviderOutcome(ProviderOutcome.Result.SUCCEEDED, amount, "paid");
        }
        if ("expired".equals(session.getStatus())) {
            return new ProviderOutcome(ProviderOutcome.Result.DECLINED, amount, "checkout expired or declined");
        }
        return new ProviderOutcome(ProviderOutcome.Result.PENDING, amount, "waiting for the shopper");
    }

    @Override
    public RefundOutcome refund(PaidPayment payment, Money amount, String refundKey, ProviderAccount account) {
        StripeClient client = client(account);
        try {
            Session session = retried(account, () -> client.checkout().sessions().retrieve(payment.transactionId()),
                    ProviderUnavailableException.REFUND_ADVICE);
            // Asked again with the same key and parameters, Stripe answers with the refund it made the first time, so
            // the create may be retried like a read.
            var refund = retried(account, () -> client.refunds().create(RefundCreateParams.builder()
                    .setPaymentIntent(session.getPaymentIntent())
                    .setAmount(minorUnits(amount))
                    .putMetadata("kervan_refund", refundKey)
                    .build(), RequestOptions.builder().setIdempotencyKey(refundKey).build()),
                    ProviderUnavailableException.REFUND_ADVICE);
            return outcome(refund.getId(), refund.getStatus());
        } catch (ProviderRefusedException e) {
            return new RefundOutcome(false, null, "Stripe refused the refund");
        }
    }

    /**
     * How a refund Stripe was still processing ended: Kervan keeps one refund of a payment unsettled at a time, so it
     * is the newest refund of the payment's PaymentIntent (Stripe lists newest first), when its amount matches.
     */
    @Override
    public RefundOutcome refundOutcome(PaidPayment payment, Money amount, ProviderAccount account) {
        StripeClient client = client(account);
        java.util.List<com.stripe.model.Refund> newest;
        try {
            Session session = retried(account, () -> client.checkout().sessions().retrieve(payment.transactionId()),
                    ProviderUnavailableException.REFUND_ADVICE);
            newest = retried(account, () -> client.refunds().list(RefundListParams.builder()
                    .setPaymentIntent(session.getPaymentIntent()).setLimit(1L).build()),
                    ProviderUnavailableException.REFUND_ADVICE).getData();
        } catch (ProviderRefusedException e) {
            return RefundOutcome.pending(null, "Stripe did not show the refund; Kervan will ask again");
        }
        if (newest.isEmpty() || newest.get(0).getAmount() == null
                || newest.get(0).getAmount() != minorUnits(amount)) {
            return RefundOutcome.pending(null, "Stripe shows no refund of " + amount + " on this payment yet");
        }
        return outcome(newest.get(0).getId(), newest.get(0).getStatus());
    }

    /**
     * A refund's {@code status}: {@code pending} (and {@code requires_action}) means Stripe has taken it in and tells
     * its end later, so the refund stays pending; {@code failed} and {@code canceled} mean no money went back.
     */
    static RefundOutcome outcome(String refundId, String status) {
        return switch (status == null ? "" : status) {
            case "succeeded" -> new RefundOutcome(true, refundId, status);
            case "pending", "requires_action" -> RefundOutcome.pending(refundId, "Stripe is processing the refund");
            default -> new RefundOutcome(false, refundId, "Stripe's refund is " + (status == null ? "without a "
                    + "status" : status));
        };
    }

    @Override
    public CredentialCheck checkCredentials(ProviderAccount account) {
        try {
            StripeClient client = client(account);
            retried(account, () -> client.balance().retrieve(), "nothing was changed");
            return new CredentialCheck(true, "Stripe accepted the " + account.mode().name().toLowerCase(Locale.ROOT)
                    + " key");
        } catch (ProviderRefusedException e) {
            return new CredentialCheck(false, e.detail());
        }
    }

    /**
     * Checks {@code Stripe-Signature} with stripe-java's own verifier (HMAC-SHA256 over {@code "t.payload"}, any
     * {@code v1} may match, timestamps older than 300 s refused), then reads the event with JSON-P.
     */
    @Override
    public WebhookEvent readWebhook(String payload, java.util.Map<String, String> headers, ProviderAccount account) {
        Secret secret = account.credentials().get("webhook_secret");
        String signature = headers.get("stripe-signature");
        if (secret == null || signature == null) {
            throw new InvalidWebhookException("Missing Stripe-Signature or no webhook_secret configured");
        }
        try {
            Webhook.Signature.verifyHeader(payload, signature, secret.reveal(), SIGNATURE_TOLERANCE_SECONDS);
        } catch (SignatureVerificationException e) {
            throw new InvalidWebhookException("The Stripe-Signature does not match this payload");
        }
        WebhookEvent event;
        try {
            JsonObject json = JsonDocuments.parse(payload);
            String type = json.getString("type", "");
            JsonObject object = json.getJsonObject("data").getJsonObject("object");
            event = new WebhookEvent(json.getString("id"), type, object.getString("id", null),
                    type.startsWith("checkout.session."));
        } catch (RuntimeException e) {
            throw new InvalidWebhookException("The event is not a Stripe event");
        }
        // What Kervan stores of it (the event log, the payment it names) must fit its columns.
        StoredText.require("id", event.eventId(), 200);
        StoredText.require("type", event.type(), 100);
        StoredText.require("data.object.id", event.transactionId(), 200);
        return event;
    }

    private StripeClient client(ProviderAccount account) {
        Secret key = account.credentials().get("api_key");
        if (key == null) {
            throw new ProviderRefusedException("The Stripe integration has no api_key for its current mode");
        }
        String endpoint = account.endpoint() == null || account.endpoint().isBlank() ? DEFAULT_API : account.endpoint();
        return StripeClient.builder().setApiKey(key.reveal()).setApiBase(endpoint)
                .setHttpClient(new StripeTransport(http)).setMaxNetworkRetries(0).build();
    }

    /** One call of the integration's, tried again (it is idempotent) while Stripe does not answer. */
    private <T> T retried(ProviderAccount account, Call<T> call, String advice) {
        return calls.call(account.integrationId(), UNANSWERED, () -> calls.retried(RETRIES,
                () -> stripe(call, advice)));
    }

    /** One call of the integration's, made once. */
    private <T> T once(ProviderAccount account, Call<T> call, String advice) {
        return calls.call(account.integrationId(), UNANSWERED, () -> stripe(call, advice));
    }

    /** A call of stripe-java's that Stripe either answers, refuses (4xx), or leaves unanswered (with that advice). */
    @FunctionalInterface
    private interface Call<T> {
        T make() throws StripeException;
    }

    private static <T> T stripe(Call<T> call, String advice) {
        try {
            return call.make();
        } catch (ApiConnectionException e) {
            throw new ProviderUnavailableException("Stripe did not answer", advice);
        } catch (StripeException e) {
            Integer status = e.getStatusCode();
            if (status != null && status == 401) {
                throw new ProviderRefusedException("Stripe refused the key");
            }
            // 409: the same idempotency key is still being worked on; 429: too many requests. Neither says no.
            if (status != null && status >= 400 && status < 500 && status != 409 && status != 429) {
                throw new ProviderRefusedException("Stripe refused the request (HTTP " + status + ")");
            }
            throw new ProviderUnavailableException("Stripe did not answer" + (status == null ? ""
                    : " (HTTP " + status + ")"), advice);
        }
    }

    static long minorUnits(Money money) {
        int digits = java.util.Currency.getInstance(money.currency()).getDefaultFractionDigits();
        return money.amount().movePointRight(digits).longValueExact();
    }

    static Money fromMinorUnits(long minor, String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        int digits = java.util.Currency.getInstance(code).getDefaultFractionDigits();
        return Money.of(BigDecimal.valueOf(minor).movePointLeft(digits), code);
    }
}
