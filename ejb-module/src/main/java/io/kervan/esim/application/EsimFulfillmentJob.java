package io.kervan.esim.application;

import io.kervan.esim.domain.EsimOrder;
import io.kervan.esim.domain.EsimProviderNotCalledException;
import io.kervan.esim.domain.EsimProviderRateLimitedException;
import io.kervan.esim.domain.EsimProviderRefusedException;
import io.kervan.esim.domain.EsimProviderUnavailableException;
import io.kervan.esim.domain.OrderItem;
import io.kervan.esim.domain.OrderQuote;
import io.kervan.esim.domain.ProviderPage;
import io.kervan.esim.provider.EsimProvider;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.jobs.application.JobHandler;
import io.kervan.jobs.application.RetryLater;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Buys a paid order's eSIMs from eSIM Go and delivers them (an {@code esim-fulfillment} job, which survives restarts):
 * validate, mark that an order may now exist, place one order with assign for all the bundles, record its reference,
 * wait for the assignments, then record the eSIMs, mark the order delivered and queue the QR email
 * ({@link EsimFulfillmentSteps} commits each of those on its own).
 *
 * <p><b>Never twice.</b> The job runs again after a timeout, a 5xx, a crash or a restart. Whenever it finds the mark
 * of an order that may exist but no reference, it first looks through eSIM Go's order list for an order of exactly
 * these bundles and quantities, placed since the mark (less {@link #CLOCK_SKEW}) and not recorded by another of the
 * shop's fulfillments; it takes that one, and orders again only when there is none. A refusal, a 429 or a call Kervan
 * did not send means nothing was ordered, so the mark is cleared.
 *
 * <p><b>Failures.</b> A 429 is waited out for its Retry-After and is not a failed attempt (eSIM Go is fine, only
 * busy); neither is a call the shop's circuit breaker or bulkhead held back, which is waited out for as long as they
 * say. No answer and 5xx are retried with exponential backoff, under the integration's circuit breaker, up to
 * {@code kervan.esim.fulfillment-attempts}; then, as at once for a refusal, the order becomes
 * {@code fulfillment_failed} and the shop's staff are emailed. Waiting for a slow assignment is polled
 * every {@code kervan.esim.assignment-poll} up to {@code kervan.esim.assignment-timeout} and is not a failure.
 */
@ApplicationScoped
public class EsimFulfillmentJob implements JobHandler {

    /** How far eSIM Go's clock may be behind Kervan's when comparing an order's date with the mark. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final int ORDERS_PER_PAGE = 100;

    @EJB
    EsimFulfillmentSteps steps;

    @Inject
    EsimGoConnections connections;

    @Inject
    EsimProvider provider;

    @Inject
    @ConfigProperty(name = "kervan.esim.assignment-poll", defaultValue = "PT3S")
    Duration assignmentPoll;

    @Inject
    @ConfigProperty(name = "kervan.esim.reconcile-max-pages", defaultValue = "50")
    int reconcileMaxPages;

    @Override
    public String kind() {
        return EsimOrderIntake.FULFILLMENT_JOB;
    }

    @Override
    public void handle(String payload) {
        UUID id = EsimOrderIntake.fulfillmentIdOf(payload);
        FulfillmentState fulfillment = steps.load(id);
        if (fulfillment.status().isFinal()) {
            return;
        }
        ProviderAccount account;
        try {
            account = connections.current().account();
        } catch (KervanException notConnected) {
            steps.fail(id, "the shop has no eSIM Go integration in test mode or live");
            return;
        }
        try {
            EsimOrder placed = null;
            if (fulfillment.reference() == null) {
                Optional<EsimOrder> order = placeOrFind(fulfillment, account);
                if (order.isEmpty()) {
                    return;
                }
                placed = order.get();
                fulfillment = steps.load(id);
            }
            deliver(fulfillment, account, placed);
        } catch (EsimProviderRefusedException e) {
            steps.fail(id, "eSIM Go refused: " + e.detail());
        } catch (EsimProviderRateLimitedException | EsimProviderNotCalledException e) {
            throw new RetryLater(e.retryAfter(), e.detail());
        } catch (EsimProviderUnavailableException e) {
            Duration retry = steps.attemptFailed(id, e.detail(), e.retryAfter()).orElse(null);
            if (retry != null) {
                throw new RetryLater(retry, e.detail());
            }
        }
    }

    /** @return the eSIM Go order of this fulfillment, found or placed; empty when the fulfillment ended instead */
    private Optional<EsimOrder> placeOrFind(FulfillmentState fulfillment, ProviderAccount account) {
        if (fulfillment.mayHaveOrdered()) {
            Optional<EsimOrder> found = findPlaced(fulfillment, account);
            if (found.isPresent()) {
                steps.ordered(fulfillment.id(), found.get().reference());
                return found;
            }
            steps.notOrdered(fulfillment.id());
        }
        if (!steps.stillWanted(fulfillment.id())) {
            return Optional.empty();
        }
        OrderQuote quote = provider.validate(account, fulfillment.items());
        if (!quote.valid()) {
            steps.fail(fulfillment.id(), "eSIM Go would not take the order: " + quote.message());
            return Optional.empty();
        }
        steps.orderingStarted(fulfillment.id());
        EsimOrder order;
        try {
            order = provider.order(account, fulfillment.items());
        } catch (EsimProviderRateLimitedException | EsimProviderNotCalledException
                 | EsimProviderRefusedException nothingOrdered) {
            steps.notOrdered(fulfillment.id());
            throw nothingOrdered;
        }
        steps.ordered(fulfillment.id(), order.reference());
        return Optional.of(order);
    }

    /** The eSIM Go order an earlier attempt placed without recording it, if eSIM Go's order list shows one. */
    private Optional<EsimOrder> findPlaced(FulfillmentState fulfillment, ProviderAccount account) {
        Map<String, Integer> wanted = quantities(fulfillment.items());
        Instant since = fulfillment.orderingSince().minus(CLOCK_SKEW);
        EsimOrder earliest = null;
        for (int page = 1; page <= reconcileMaxPages; page++) {
            ProviderPage<EsimOrder> orders = provider.orders(account, page, ORDERS_PER_PAGE);
            earliest = orders.items().stream()
                    .filter(o -> o.createdAt() == null || !o.createdAt().isBefore(since))
                    .filter(o -> wanted.equals(quantities(o.lines().stream()
                            .map(l -> new OrderItem(l.bundleName(), l.quantity())).toList())))
                    .filter(o -> !steps.referenceRecorded(o.reference()))
                    .reduce(earliest, (a, b) -> a == null || EARLIEST.compare(b, a) < 0 ? b : a);
            if (page >= orders.pageCount()) {
                break;
            }
        }
        return Optional.ofNullable(earliest);
    }

    private static final Comparator<EsimOrder> EARLIEST = Comparator.comparing(EsimOrder::createdAt,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private void deliver(FulfillmentState fulfillment, ProviderAccount account, EsimOrder placed) {
        List<AssignedEsim> esims = placed == null ? List.of() : AssignedEsim.of(placed);
        if (esims.size() < fulfillment.esimCount()) {
            esims = AssignedEsim.of(provider.assignments(account, fulfillment.reference()), fulfillment.items());
        }
        if (esims.size() < fulfillment.esimCount()) {
            if (fulfillment.assignBy() != null && Instant.now().isAfter(fulfillment.assignBy())) {
                steps.fail(fulfillment.id(), "eSIM Go has not assigned the eSIMs of order " + fulfillment.reference()
                        + " in time");
                return;
            }
            throw new RetryLater(assignmentPoll, "waiting for eSIM Go to assign the eSIMs of order "
                    + fulfillment.reference());
        }
        steps.deliver(fulfillment.id(), esims);
    }

    private static Map<String, Integer> quantities(List<OrderItem> items) {
        Map<String, Integer> quantities = new HashMap<>();
        items.forEach(i -> quantities.merge(i.bundleName(), i.quantity(), Integer::sum));
        return quantities;
    }
}
