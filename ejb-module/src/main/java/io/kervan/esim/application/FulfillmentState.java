package io.kervan.esim.application;

import io.kervan.esim.domain.EsimFulfillment;
import io.kervan.esim.domain.FulfillmentStatus;
import io.kervan.esim.domain.OrderItem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A fulfillment as one step of its job last committed it: what the next (non-transactional) step works from. */
public record FulfillmentState(UUID id, UUID orderId, FulfillmentStatus status, List<OrderItem> items, String reference,
                        Instant orderingSince, Instant assignBy) {

    public static FulfillmentState of(EsimFulfillment f) {
        return new FulfillmentState(f.id(), f.orderId(), f.status(), f.items(), f.providerReference(),
                f.orderingSince(), f.assignBy());
    }

    public boolean mayHaveOrdered() {
        return reference == null && orderingSince != null;
    }

    public int esimCount() {
        return items.stream().mapToInt(OrderItem::quantity).sum();
    }
}
