package io.kervan.esim.domain;

import java.util.List;
import java.util.Optional;

/**
 * What Kervan needs from eSIM Go, in Kervan's own types; no wire format crosses this line. Every call has a timeout,
 * and the circuit breaker and bulkhead of the account's integration. Reads are retried (a 429 is waited out for its
 * {@code Retry-After}, up to a bound); orders are never retried inside the call.
 *
 * <p>Failures: a refusal (bad key, unknown bundle, bad request, an endpoint Kervan does not call) is an
 * {@link EsimProviderRefusedException}; no answer (timeout, connection failure, 5xx) an
 * {@link EsimProviderUnavailableException}; a call held back by the open circuit or full bulkhead an
 * {@link EsimProviderNotCalledException}, and a 429 asking for a longer pause than is waited in place an
 * {@link EsimProviderRateLimitedException}, after both of which nothing was done.
 * After an {@link #order} that ended without an answer, the order may or may not exist: look in {@link #orders}
 * before ordering again (eSIM Go has no idempotency key).
 */
public interface EsimProvider {

    /** One page (from 1) of the bundles the organisation may order. */
    ProviderPage<Bundle> catalogue(EsimGoAccount account, int page, int perPage);

    /** A dry run of {@link #order} ({@code type: validate}): nothing is charged. */
    OrderQuote validate(EsimGoAccount account, List<OrderItem> items);

    /**
     * Buys the items' bundles, each unit assigned to a new eSIM ({@code type: transaction, assign: true}), in one
     * order; this charges the organisation's balance. The answer usually carries the eSIMs already.
     */
    EsimOrder order(EsimGoAccount account, List<OrderItem> items);

    /** One order by its reference; empty when eSIM Go knows none. */
    Optional<EsimOrder> findOrder(EsimGoAccount account, String reference);

    /** One page (from 1) of the organisation's orders: what reconciliation reads before an order is placed again. */
    ProviderPage<EsimOrder> orders(EsimGoAccount account, int page, int perPage);

    /**
     * The eSIMs of an order (or bundle apply) reference, with their install details; empty while the assignment is
     * still being made (it can take minutes).
     */
    List<InstallDetails> assignments(EsimGoAccount account, String reference);

    /** How a bundle stands on an eSIM: state and data left per assignment. */
    BundleStatus bundleStatus(EsimGoAccount account, String iccid, String bundleName);
}
