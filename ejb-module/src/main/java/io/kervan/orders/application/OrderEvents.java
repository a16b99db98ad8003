package io.kervan.orders.application;

import io.kervan.jobs.application.JobQueue;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * What happens after an order changes, queued in the same transaction so it happens exactly when the change commits:
 * today, the customer's email ({@code order-email} jobs, sent by notifications).
 */
@ApplicationScoped
public class OrderEvents {

    public static final String ORDER_EMAIL = "order-email";

    public enum Event { PLACED, SHIPPED, DELIVERED }

    @Inject
    JobQueue jobs;

    public void publish(UUID orderId, Event event) {
        jobs.enqueue(ORDER_EMAIL, JsonDocuments.object()
                .add("order_id", orderId.toString())
                .add("event", event.name())
                .build().toString());
    }
}
