package io.kervan.orders.application;

import io.kervan.jobs.application.JobQueue;
import io.kervan.orders.domain.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What happens after an order changes, queued in the same transaction so it happens exactly when the change commits:
 * today, the customer's email ({@code order-email} jobs, sent by notifications), each carrying the order as it was then
 * ({@link OrderMessage}).
 */
@ApplicationScoped
public class OrderEvents {

    public static final String ORDER_EMAIL = "order-email";

    public enum Event { PLACED, SHIPPED, DELIVERED }

    @Inject
    JobQueue jobs;

    public void publish(Order order, Event event) {
        jobs.enqueue(ORDER_EMAIL, OrderMessage.of(order, event).toJson());
    }
}
