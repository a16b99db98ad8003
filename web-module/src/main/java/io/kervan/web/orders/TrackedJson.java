package io.kervan.web.orders;

import io.kervan.orders.application.OrderViews;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.json.stream.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * {@link OrderResponses.Tracked} as JSON bytes, written field by field with JSON-P: tracking is the most frequent call
 * there is, and JSON-B's reflective mapping cost as much as the database read. The document is the one JSON-B writes
 * (snake_case names in lexicographic order, nulls written out, instants as ISO-8601); {@code TrackingIT} checks it.
 */
final class TrackedJson {

    private TrackedJson() {
    }

    static byte[] of(OrderViews.Tracking order) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = JsonDocuments.generator(out)) {
            json.writeStartObject().writeKey("order").writeStartObject();
            text(json, "carrier", order.carrier());
            instant(json, "created_at", order.createdAt());
            text(json, "currency", order.currency());
            instant(json, "delivered_at", order.deliveredAt());
            text(json, "order_number", order.orderNumber());
            text(json, "payment_status", order.paymentStatus());
            text(json, "payment_status_display", order.paymentStatusDisplay());
            instant(json, "shipped_at", order.shippedAt());
            text(json, "status", order.status());
            text(json, "status_display", order.statusDisplay());
            text(json, "total", order.total());
            text(json, "tracking_number", order.trackingNumber());
            json.writeEnd().write("success", true).writeEnd();
        }
        return out.toByteArray();
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    private static void instant(JsonGenerator json, String name, Instant value) {
        text(json, name, value == null ? null : value.toString());
    }
}
