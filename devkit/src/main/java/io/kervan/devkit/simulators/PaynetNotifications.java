package io.kervan.devkit.simulators;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the PAYNET simulator posts to a shop on its own. The refund outcome to {@code succeedUrl} is PAYNET's (docs
 * "İade": JSON {@code xact_id, code, status, message}, unsigned). The shop webhook is not in PAYNET's documents; it is
 * the one seed 004 describes, so its shape is the simulator's: a JSON event with a unique {@code event_id}, signed
 * {@code X-Paynet-Signature: hex(HMAC-SHA256(webhook secret, raw body))}, sent from a chosen source address.
 */
final class PaynetNotifications implements AutoCloseable {

    private final WebhookOutbox outbox = new WebhookOutbox("paynet-simulator-webhooks", webhook -> Map.of(
            "X-Paynet-Signature", webhook.signature(), "X-Paynet-Event", webhook.type()));
    private volatile String secret;

    void sendTo(String url, String host, String secret) {
        outbox.sendTo(url, host);
        this.secret = secret;
    }

    void sendFrom(InetAddress source) {
        outbox.sendFrom(source);
    }

    List<SentWebhook> sent() {
        return outbox.sent();
    }

    /** Posts a refund's outcome to its succeedUrl; answers the shop's status, -1 when there was no succeedUrl. */
    int refundDecided(PaynetTransaction t, PaynetTransaction.Reversal r) {
        announce(r.status == PaynetTransaction.SUCCEEDED ? "refund_approved" : "refund_rejected", t, r);
        if (r.succeedUrl == null || r.succeedUrl.isBlank()) {
            return -1;
        }
        String json = SimulatorJson.fields().put("xact_id", r.reversedXactId)
                .put("code", r.status == PaynetTransaction.SUCCEEDED ? "0" : "1")
                .put("status", String.valueOf(r.status)).put("message", r.note).json();
        return WebhookPoster.post(r.succeedUrl, null, outbox.source(), Map.of(), json).status();
    }

    void charged(PaynetTransaction t) {
        announce(t.succeeded ? "payment_succeeded" : "payment_failed", t, null);
    }

    int resend(String eventId) {
        return outbox.resend(eventId);
    }

    /** A new event for the transaction signed with another secret. */
    int forge(PaynetTransaction t) {
        return outbox.now(event("payment_succeeded", t, null, secret + "-not"));
    }

    @Override
    public void close() {
        outbox.close();
    }

    private void announce(String type, PaynetTransaction t, PaynetTransaction.Reversal r) {
        if (outbox.active()) {
            outbox.later(event(type, t, r, secret));
        }
    }

    private SentWebhook event(String type, PaynetTransaction t, PaynetTransaction.Reversal r, String key) {
        String eventId = "evt_" + UUID.randomUUID();
        var body = SimulatorJson.fields().put("event_id", eventId).put("event", type).put("xact_id", t.xactId)
                .put("reference_no", t.session.referenceNo).put("is_succeed", t.succeeded)
                .put("amount", r == null ? t.amount() : r.amount).put("instalment", t.quote.instalment())
                .put("code", r == null ? t.code : r.status == PaynetTransaction.SUCCEEDED ? 0 : 1)
                .put("message", r == null ? t.message : r.note)
                .put("xact_date", PaynetWire.DATE_TIME.format(r == null ? t.at : r.at));
        if (r != null) {
            body.put("reversed_xact_id", r.reversedXactId).put("reversal_status", r.status);
        }
        String payload = body.json();
        return new SentWebhook(eventId, type, t.xactId, payload, HmacSha256.hex(key, payload),
                new CopyOnWriteArrayList<>());
    }
}
