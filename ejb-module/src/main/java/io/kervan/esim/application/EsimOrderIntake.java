package io.kervan.esim.application;

import io.kervan.esim.domain.EsimBundle;
import io.kervan.esim.domain.EsimBundles;
import io.kervan.esim.domain.EsimFulfillment;
import io.kervan.esim.domain.EsimFulfillments;
import io.kervan.esim.domain.OrderItem;
import io.kervan.jobs.application.JobQueue;
import io.kervan.orders.application.OrderPaid;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.domain.Order;
import io.kervan.orders.domain.OrderLine;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * When an order with eSIM lines becomes paid, records its fulfillment and queues the job that carries it out, in the
 * payment's own transaction: the job exists exactly when the payment is recorded, once per order (the order becomes
 * paid once, and {@code esim_fulfillments.order_id} is unique), however many times the news of the payment arrives.
 */
@ApplicationScoped
public class EsimOrderIntake {

    public static final String FULFILLMENT_JOB = "esim-fulfillment";

    @Inject
    OrderQueries orders;

    @Inject
    EsimBundles bundles;

    @Inject
    EsimFulfillments fulfillments;

    @Inject
    JobQueue jobs;

    void onPaid(@Observes OrderPaid paid) {
        Order order = orders.load(paid.orderId());
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            bundles.findByProduct(line.productId()).map(EsimBundle::name)
                    .ifPresent(name -> quantities.merge(name, line.quantity(), Integer::sum));
        }
        if (quantities.isEmpty() || fulfillments.findByOrder(order.id()).isPresent()) {
            return;
        }
        List<OrderItem> items = quantities.entrySet().stream()
                .map(e -> new OrderItem(e.getKey(), e.getValue())).toList();
        EsimFulfillment fulfillment = new EsimFulfillment(order.id(), items);
        fulfillments.add(fulfillment);
        queue(fulfillment.id());
    }

    /** Queues (another) run of a fulfillment. */
    void queue(UUID fulfillmentId) {
        jobs.enqueue(FULFILLMENT_JOB, JsonDocuments.object().add("fulfillment_id", fulfillmentId.toString())
                .build().toString());
    }

    static UUID fulfillmentIdOf(String payload) {
        return UUID.fromString(JsonDocuments.parse(payload).getString("fulfillment_id"));
    }
}
