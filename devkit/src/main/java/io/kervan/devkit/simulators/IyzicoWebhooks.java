package io.kervan.devkit.simulators;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * iyzico's merchant notifications (docs.iyzico.com, "Webhook"): a JSON POST per settled payment with
 * {@code X-IYZ-SIGNATURE-V3}, a fresh {@code iyziReferenceCode} per event; sent after the payment settles (iyzico sends
 * about 10-15 s later) once a test says where to; iyzico retries every 15 minutes, at most 3 attempts.
 */
final class IyzicoWebhooks implements AutoCloseable {

    static final int ATTEMPTS = 3;

    private final WebhookOutbox outbox = new WebhookOutbox("iyzico-simulator-webhooks",
            webhook -> Map.of("X-IYZ-SIGNATURE-V3", webhook.signature()));
    private final Function<String, IyzicoMerchant> merchants;
    private final Supplier<Instant> clock;

    IyzicoWebhooks(Function<String, IyzicoMerchant> merchants, Supplier<Instant> clock) {
        this.merchants = merchants;
        this.clock = clock;
    }

    void sendTo(String url, String host, InetAddress source) {
        outbox.sendTo(url, host);
        outbox.sendFrom(source);
    }

    List<SentWebhook> sent() {
        return outbox.sent();
    }

    /** The event of a settled payment. */
    void announce(IyzicoPayment payment) {
        if (outbox.active()) {
            outbox.later(event(payment, false));
        }
    }

    int resend(String referenceCode) {
        return outbox.resend(referenceCode);
    }

    /** A new event for the payment whose signature was made with another key. */
    int forge(IyzicoPayment payment) {
        return outbox.now(event(payment, true));
    }

    void retryFailed() {
        outbox.retryFailed(ATTEMPTS);
    }

    @Override
    public void close() {
        outbox.close();
    }

    private SentWebhook event(IyzicoPayment payment, boolean forged) {
        IyzicoMerchant merchant = merchants.apply(payment.apiKey);
        String secret = forged ? merchant.secretKey() + "-not" : merchant.secretKey();
        String reference = UUID.randomUUID().toString();
        String status = payment.succeeded() ? "SUCCESS" : "FAILURE";
        String conversationId = payment.order.conversationId() == null ? "" : payment.order.conversationId();
        boolean form = payment.token != null;
        String eventType = form ? "CHECKOUT_FORM_AUTH" : "THREE_DS_AUTH";
        var payload = SimulatorJson.fields().put("paymentConversationId", conversationId)
                .put("merchantId", merchant.merchantId());
        if (form) {
            payload.put("token", payment.token);
        } else {
            payload.put("paymentId", Long.valueOf(payment.paymentId));
        }
        payload.put("status", status).put("iyziReferenceCode", reference).put("iyziEventType", eventType)
                .put("iyziEventTime", clock.get().toEpochMilli()).put("iyziPaymentId", Long.valueOf(payment.paymentId));
        String signature = form
                ? IyzicoSignatures.webhookCheckoutForm(secret, eventType, payment.paymentId, payment.token,
                conversationId, status)
                : IyzicoSignatures.webhookDirect(secret, eventType, payment.paymentId, conversationId, status);
        return new SentWebhook(reference, eventType, payment.paymentId, payload.json(), signature,
                new CopyOnWriteArrayList<>());
    }
}
