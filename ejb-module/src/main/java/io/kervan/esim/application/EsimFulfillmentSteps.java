package io.kervan.esim.application;

import io.kervan.esim.domain.Esim;
import io.kervan.esim.domain.EsimBundle;
import io.kervan.esim.domain.EsimBundles;
import io.kervan.esim.domain.EsimFulfillment;
import io.kervan.esim.domain.EsimFulfillments;
import io.kervan.esim.domain.Esims;
import io.kervan.esim.domain.FulfillmentStatus;
import io.kervan.jobs.application.JobQueue;
import io.kervan.orders.application.OrderManagement;
import io.kervan.orders.application.OrderQueries;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The steps of an eSIM fulfillment that write, each committed on its own before the job talks to eSIM Go again, so a
 * crash at any point leaves a record of how far it got ({@link EsimFulfillment}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EsimFulfillmentSteps {

    static final Actor ACTOR = Actor.system("esim-fulfillment");
    public static final String MAIL_JOB = "esim-mail";

    /** The customer's eSIMs (once per fulfillment), staff's alert of a failure, or the eSIMs again on staff's word. */
    public enum Mail { DELIVERED, FAILED, RESEND }

    @Inject
    EsimFulfillments fulfillments;

    @Inject
    Esims esims;

    @Inject
    EsimBundles bundles;

    @Inject
    OrderManagement orders;

    @Inject
    OrderQueries orderQueries;

    @Inject
    JobQueue jobs;

    @Inject
    @ConfigProperty(name = "kervan.esim.fulfillment-attempts", defaultValue = "6")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "kervan.esim.fulfillment-first-backoff", defaultValue = "PT5S")
    Duration firstBackoff;

    @Inject
    @ConfigProperty(name = "kervan.esim.assignment-timeout", defaultValue = "PT30M")
    Duration assignmentTimeout;

    public FulfillmentState load(UUID id) {
        return FulfillmentState.of(find(id));
    }

    /** Whether the order still wants its eSIMs; a cancelled or refunded order's fulfillment ends before buying. */
    public boolean stillWanted(UUID id) {
        EsimFulfillment fulfillment = find(id);
        if (orders.awaitsFulfillment(fulfillment.orderId())) {
            return true;
        }
        fulfillment.cancelled("the order is no longer paid and open");
        return false;
    }

    public void orderingStarted(UUID id) {
        find(id).orderingStarted(Instant.now());
    }

    public void ordered(UUID id, String reference) {
        find(id).ordered(reference, Instant.now().plus(assignmentTimeout));
    }

    public void notOrdered(UUID id) {
        find(id).notOrdered();
    }

    /**
     * Counts a transient failure. @return when to try again (the backoff, or eSIM Go's Retry-After when longer), or
     * empty after the last attempt, when the fulfillment has failed
     */
    public Optional<Duration> attemptFailed(UUID id, String error, Duration retryAfter) {
        EsimFulfillment fulfillment = find(id);
        int attempts = fulfillment.attemptFailed(error);
        if (attempts >= maxAttempts) {
            fail(fulfillment, "gave up after " + attempts + " attempts: " + error);
            return Optional.empty();
        }
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 16));
        return Optional.of(retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff);
    }

    public boolean referenceRecorded(String reference) {
        return fulfillments.referenceRecorded(reference);
    }

    public void fail(UUID id, String error) {
        fail(find(id), error);
    }

    /** Records the eSIMs, marks the order delivered and queues the customer's QR email. */
    public void deliver(UUID id, List<AssignedEsim> assigned) {
        EsimFulfillment fulfillment = find(id);
        if (fulfillment.status() == FulfillmentStatus.DELIVERED) {
            return;
        }
        UUID customerId = orderQueries.load(fulfillment.orderId()).buyer().customerId();
        for (AssignedEsim esim : assigned) {
            List<String> countries = bundles.findByName(esim.bundleName()).map(EsimBundle::countries)
                    .orElse(List.of());
            esims.add(new Esim(fulfillment, customerId, esim.install(), esim.bundleName(), countries));
        }
        fulfillment.delivered(Instant.now());
        orders.digitalGoodsDelivered(fulfillment.orderId(), ACTOR, "eSIMs delivered (eSIM Go order "
                + fulfillment.providerReference() + ")");
        mail(fulfillment.id(), Mail.DELIVERED);
    }

    private void fail(EsimFulfillment fulfillment, String error) {
        fulfillment.failed(error);
        orders.fulfillmentFailed(fulfillment.orderId(), ACTOR, fulfillment.lastError());
        mail(fulfillment.id(), Mail.FAILED);
    }

    private void mail(UUID fulfillmentId, Mail mail) {
        jobs.enqueue(MAIL_JOB, mailJob(fulfillmentId, mail));
    }

    /** The payload of a {@value #MAIL_JOB} job. */
    static String mailJob(UUID fulfillmentId, Mail mail) {
        return JsonDocuments.object().add("fulfillment_id", fulfillmentId.toString()).add("mail", mail.name()).build()
                .toString();
    }

    private EsimFulfillment find(UUID id) {
        return fulfillments.find(id).orElseThrow(() -> new IllegalStateException("no fulfillment " + id));
    }
}
