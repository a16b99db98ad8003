package io.kervan.devkit.simulators;

import java.util.List;

/**
 * A webhook event a simulator sent to a shop: its id (iyzico's {@code iyziReferenceCode}, PAYNET's {@code event_id}),
 * type, the payment it is about, the body and signature exactly as sent, and the shop's HTTP status of each delivery
 * (0 when it could not be reached).
 */
public record SentWebhook(String id, String type, String paymentId, String payload, String signature,
                          List<Integer> statuses) {

    public int lastStatus() {
        return statuses.isEmpty() ? 0 : statuses.get(statuses.size() - 1);
    }
}
