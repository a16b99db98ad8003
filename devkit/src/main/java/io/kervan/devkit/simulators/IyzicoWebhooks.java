package io.kervan.devkit.simulators;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * iyzico's merchant notifications (docs.iyzico.com, "Webhook"): a JSON POST per settled payment with
 * {@code X-IYZ-SIGNATURE-V3}, a fresh {@code iyziReferenceCode} per event. Sent on a thread of their own after the
 * payment settles (iyzico sends about 10-15 s later), only once a test says where to; a test can send one again as a
 * duplicate, retry those Kervan did not take (iyzico: every 15 minutes, at most 3 attempts), or send a forged one.
 */
final class IyzicoWebhooks implements AutoCloseable {

    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "iyzico-simulator-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final List<IyzicoSimulator.Webhook> sent = new CopyOnWriteArrayList<>();
    private final Function<String, IyzicoMerchant> merchants;
    private final Supplier<Instant> clock;
    private volatile String url;
    private volatile String host;
    private volatile InetAddress source;

    IyzicoWebhooks(Function<String, IyzicoMerchant> merchants, Supplier<Instant> clock) {
        this.merchants = merchants;
        this.clock = clock;
    }

    void sendTo(String url, String host, InetAddress source) {
        this.url = url;
        this.host = host;
        this.source = source;
    }

    List<IyzicoSimulator.Webhook> sent() {
        return List.copyOf(sent);
    }

    /** The event of a settled payment; nothing when no address is set. */
    void announce(IyzicoPayment payment) {
        if (url != null) {
            IyzicoSimulator.Webhook webhook = event(payment, false);
            sender.execute(() -> deliver(webhook));
        }
    }

    /** The same event again, byte for byte: what a duplicate delivery looks like. Answers Kervan's status. */
    int resend(String referenceCode) {
        return sent.stream().filter(w -> w.referenceCode().equals(referenceCode)).findFirst()
                .map(this::deliverNow).orElseThrow(() -> new IllegalArgumentException("no webhook " + referenceCode));
    }

    /** A new event for the payment whose signature was made with another key. Answers Kervan's status. */
    int forge(IyzicoPayment payment) {
        return deliverNow(event(payment, true));
    }

    /** Sends again each event Kervan did not answer with a 2xx, as iyzico's retries do (3 attempts at most). */
    void retryFailed() {
        sent.stream().filter(w -> w.lastStatus() / 100 != 2 && w.statuses().size() < 3).forEach(this::deliverNow);
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }

    private int deliverNow(IyzicoSimulator.Webhook webhook) {
        try {
            return sender.submit(() -> deliver(webhook)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (java.util.concurrent.ExecutionException e) {
            return 0;
        }
    }

    private int deliver(IyzicoSimulator.Webhook webhook) {
        if (!sent.contains(webhook)) {
            sent.add(webhook);
        }
        WebhookPoster.Delivery delivery = WebhookPoster.post(url, host, source,
                Map.of("X-IYZ-SIGNATURE-V3", webhook.signature()), webhook.payload());
        webhook.statuses().add(delivery.status());
        return delivery.status();
    }

    private IyzicoSimulator.Webhook event(IyzicoPayment payment, boolean forged) {
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
        return new IyzicoSimulator.Webhook(reference, eventType, payment.paymentId, payload.json(), signature,
                new CopyOnWriteArrayList<>());
    }
}
