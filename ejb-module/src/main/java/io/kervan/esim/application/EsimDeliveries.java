package io.kervan.esim.application;

import io.kervan.esim.domain.Esim;
import io.kervan.esim.domain.EsimError;
import io.kervan.esim.domain.EsimFulfillment;
import io.kervan.esim.domain.EsimFulfillments;
import io.kervan.esim.domain.Esims;
import io.kervan.esim.domain.FulfillmentStatus;
import io.kervan.jobs.application.JobQueue;
import io.kervan.orders.application.OrderManagement;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.domain.Order;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The eSIMs of an order as its customer (or staff) sees them: the fulfillment's status, which a success page polls,
 * and once delivered each eSIM with its QR code; staff's retry of a failed fulfillment, and their "send the QR email
 * again" of a delivered one.
 */
@Stateless
public class EsimDeliveries {

    private static final Logger LOG = Logger.getLogger(EsimDeliveries.class.getName());

    @Inject
    EsimFulfillments fulfillments;

    @Inject
    Esims esims;

    @Inject
    OrderQueries orders;

    @Inject
    OrderManagement orderManagement;

    @Inject
    EsimOrderIntake intake;

    @Inject
    JobQueue jobs;

    /** For whoever may reach the order ({@link OrderQueries#reachable}); the failure's cause only for staff. */
    public FulfillmentView ofOrder(UUID orderId, UUID customerId, boolean staff) {
        // The fulfillment is read before the order: each read sees what was committed when it ran, and the order's
        // status only ever follows the fulfillment's (one commit moves both), so the answer never shows the order
        // behind a fulfillment that has already failed or been delivered.
        Optional<EsimFulfillment> fulfillment = fulfillments.findByOrder(orderId);
        Order order = orders.reachable(orderId, customerId, staff);
        return FulfillmentView.of(order, fulfillment.orElseThrow(() -> noEsims(order)), esims.ofOrder(order.id()),
                staff);
    }

    /** Like {@link #ofOrder}, empty for an order without eSIMs (or not paid yet, when none are queued). */
    public Optional<FulfillmentView> findForOrder(UUID orderId, UUID customerId, boolean staff) {
        Optional<EsimFulfillment> fulfillment = fulfillments.findByOrder(orderId);
        Order order = orders.reachable(orderId, customerId, staff);
        return fulfillment.map(f -> FulfillmentView.of(order, f, esims.ofOrder(order.id()), staff));
    }

    /**
     * Staff try a failed fulfillment again. What is known carries over (an eSIM Go reference, or the mark that an
     * order may exist), so the retry looks in eSIM Go's order list before it buys anything.
     */
    public FulfillmentView retry(UUID orderId, Actor actor) {
        Order order = orders.reachable(orderId, null, true);
        EsimFulfillment fulfillment = fulfillments.findByOrder(order.id()).orElseThrow(() -> noEsims(order));
        if (fulfillment.status() != FulfillmentStatus.FAILED) {
            throw new KervanException(EsimError.NOT_RETRYABLE, "The eSIMs of order " + order.orderNumber() + " are "
                    + fulfillment.status().code() + ", not failed", Map.of("fulfillment_status",
                    fulfillment.status().code()));
        }
        fulfillment.retry();
        orderManagement.fulfillmentRetried(order.id(), actor);
        intake.queue(fulfillment.id());
        return FulfillmentView.of(order, fulfillment, List.of(), true);
    }

    /**
     * Mails the customer their delivered eSIMs once more (a lost or deleted mail): the QR codes of the eSIMs already
     * bought, in one more {@value EsimFulfillmentSteps#MAIL_JOB} job. Nothing is bought again.
     */
    public FulfillmentView resendEmail(UUID orderId, Actor actor) {
        Order order = orders.reachable(orderId, null, true);
        EsimFulfillment fulfillment = fulfillments.findByOrder(order.id()).orElseThrow(() -> noEsims(order));
        if (fulfillment.status() != FulfillmentStatus.DELIVERED) {
            throw new KervanException(EsimError.NOT_DELIVERED, "The eSIMs of order " + order.orderNumber() + " are "
                    + fulfillment.status().code() + "; only delivered eSIMs can be emailed again",
                    Map.of("fulfillment_status", fulfillment.status().code()));
        }
        jobs.enqueue(EsimFulfillmentSteps.MAIL_JOB,
                EsimFulfillmentSteps.mailJob(fulfillment.id(), EsimFulfillmentSteps.Mail.RESEND));
        LOG.info(() -> actor.label() + " asked for the eSIM email of order " + order.orderNumber() + " again");
        return FulfillmentView.of(order, fulfillment, esims.ofOrder(order.id()), true);
    }

    /** For the mail job. */
    public EsimFulfillment fulfillment(UUID id) {
        return fulfillments.find(id).orElseThrow(() -> new IllegalStateException("no fulfillment " + id));
    }

    /** For the mail job. */
    public List<Esim> esimsOf(UUID orderId) {
        return esims.ofOrder(orderId);
    }

    private static KervanException noEsims(Order order) {
        return new KervanException(EsimError.NO_ESIMS, "Order " + order.orderNumber() + " has no eSIMs");
    }
}
