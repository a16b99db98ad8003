package io.kervan.esim.application;

import io.kervan.catalog.domain.ProductType;
import io.kervan.esim.domain.EsimBundle;
import io.kervan.esim.domain.EsimBundles;
import io.kervan.esim.domain.EsimFulfillment;
import io.kervan.esim.domain.EsimFulfillments;
import io.kervan.esim.domain.OrderItem;
import io.kervan.jobs.application.JobQueue;
import io.kervan.orders.application.OrderManagement;
import io.kervan.orders.application.OrderPaid;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.domain.Order;
import io.kervan.orders.domain.OrderLine;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * When an order with eSIM lines becomes paid, records its fulfillment and queues the job that carries it out, in the
 * payment's own transaction: the job exists exactly when the payment is recorded, once per order (the order becomes
 * paid once, and {@code esim_fulfillments.order_id} is unique), however many times the news of the payment arrives.
 *
 * <p>eSIM Go is Kervan's one provider of digital goods: a paid order with a digital product that no eSIM Go bundle
 * backs (a product staff made by hand, or one whose shop never connected eSIM Go) would wait for nothing. Such an
 * order becomes {@code fulfillment_failed} at once, naming the products, and its shop's owners and admins are mailed
 * ({@link #UNFULFILLABLE_MAIL_JOB}); nothing of it is bought, so staff deliver it by hand, cancel or refund it.
 */
@ApplicationScoped
public class EsimOrderIntake {

    public static final String FULFILLMENT_JOB = "esim-fulfillment";
    /** Mails staff about a paid order that nothing can deliver: {@code order_id} and {@code reason}. */
    public static final String UNFULFILLABLE_MAIL_JOB = "unfulfillable-order-mail";
    private static final Actor ACTOR = Actor.system("fulfillment");

    @Inject
    OrderQueries orders;

    @Inject
    EsimBundles bundles;

    @Inject
    EsimFulfillments fulfillments;

    @Inject
    JobQueue jobs;

    @Inject
    OrderManagement orderManagement;

    void onPaid(@Observes OrderPaid paid) {
        Order order = orders.load(paid.orderId());
        Map<String, Integer> quantities = new LinkedHashMap<>();
        List<String> unprovided = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            Optional<String> bundle = bundles.findByProduct(line.productId()).map(EsimBundle::name);
            if (bundle.isPresent()) {
                quantities.merge(bundle.get(), line.quantity(), Integer::sum);
            } else if (line.productType() == ProductType.DIGITAL) {
                unprovided.add(line.name() + " (SKU " + line.sku() + ")");
            }
        }
        if (!unprovided.isEmpty()) {
            unfulfillable(order, "no fulfillment provider delivers " + String.join(", ", unprovided)
                    + ": it is no eSIM Go bundle of the shop");
            return;
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

    private void unfulfillable(Order order, String reason) {
        orderManagement.fulfillmentFailed(order.id(), ACTOR, reason);
        jobs.enqueue(UNFULFILLABLE_MAIL_JOB, JsonDocuments.object().add("order_id", order.id().toString())
                .add("reason", reason).build().toString());
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
