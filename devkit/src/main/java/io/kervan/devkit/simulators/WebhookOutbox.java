package io.kervan.devkit.simulators;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The webhooks a simulator sends a shop, one at a time on a thread of their own, so that an API answer never waits on
 * the shop: where to (URL, Host header, source address), what was sent and how the shop answered, and sending one again
 * (a duplicate) or retrying those the shop did not take.
 */
final class WebhookOutbox implements AutoCloseable {

    private final ExecutorService sender;
    private final Function<SentWebhook, Map<String, String>> headers;
    private final List<SentWebhook> sent = new CopyOnWriteArrayList<>();
    private volatile String url;
    private volatile String host;
    private volatile InetAddress source;

    /** {@code headers} gives each event's headers: its signature, in the provider's header. */
    WebhookOutbox(String name, Function<SentWebhook, Map<String, String>> headers) {
        this.headers = headers;
        this.sender = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    void sendTo(String url, String host) {
        this.url = url;
        this.host = host;
    }

    void sendFrom(InetAddress source) {
        this.source = source;
    }

    InetAddress source() {
        return source;
    }

    boolean active() {
        return url != null;
    }

    List<SentWebhook> sent() {
        return List.copyOf(sent);
    }

    /** Sends when the thread gets to it; nothing when no address is set. */
    void later(SentWebhook webhook) {
        if (active()) {
            sender.execute(() -> deliver(webhook));
        }
    }

    /** Sends and answers the shop's status. */
    int now(SentWebhook webhook) {
        try {
            return sender.submit(() -> deliver(webhook)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            return 0;
        }
    }

    /** The same event again, byte for byte: what a duplicate delivery looks like. */
    int resend(String id) {
        return sent.stream().filter(w -> w.id().equals(id)).findFirst().map(this::now)
                .orElseThrow(() -> new IllegalArgumentException("no webhook " + id));
    }

    /** Each event the shop did not answer with a 2xx, again, while it has had fewer than {@code attempts}. */
    void retryFailed(int attempts) {
        sent.stream().filter(w -> w.lastStatus() / 100 != 2 && w.statuses().size() < attempts).forEach(this::now);
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }

    private int deliver(SentWebhook webhook) {
        if (!sent.contains(webhook)) {
            sent.add(webhook);
        }
        int status = WebhookPoster.post(url, host, source, headers.apply(webhook), webhook.payload()).status();
        webhook.statuses().add(status);
        return status;
    }
}
