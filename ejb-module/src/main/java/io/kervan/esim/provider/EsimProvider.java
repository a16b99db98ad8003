package io.kervan.esim.provider;

import io.kervan.esim.domain.Bundle;
import io.kervan.esim.domain.BundleStatus;
import io.kervan.esim.domain.EsimOrder;
import io.kervan.esim.domain.EsimProviderNotCalledException;
import io.kervan.esim.domain.EsimProviderRateLimitedException;
import io.kervan.esim.domain.EsimProviderRefusedException;
import io.kervan.esim.domain.EsimProviderUnavailableException;
import io.kervan.esim.domain.InstallDetails;
import io.kervan.esim.domain.OrderItem;
import io.kervan.esim.domain.OrderQuote;
import io.kervan.esim.domain.ProviderPage;
import io.kervan.esim.domain.UsageCallback;
import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.ProviderAccount;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Kervan needs from an eSIM provider, in Kervan's own types; one adapter per provider implements it
 * ({@code esimgo}) and no wire format crosses this line. Every call is made with the shop's {@link ProviderAccount}:
 * it has a timeout, and the circuit breaker and bulkhead of the account's integration. Reads are retried (a 429 is
 * waited out for its {@code Retry-After}, up to a bound); orders are never retried inside the call.
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
    ProviderPage<Bundle> catalogue(ProviderAccount account, int page, int perPage);

    /** A dry run of {@link #order}: nothing is charged. */
    OrderQuote validate(ProviderAccount account, List<OrderItem> items);

    /**
     * Buys the items' bundles, each unit assigned to a new eSIM, in one order; this charges the organisation's
     * balance. The answer usually carries the eSIMs already.
     */
    EsimOrder order(ProviderAccount account, List<OrderItem> items);

    /** One order by its reference; empty when the provider knows none. */
    Optional<EsimOrder> findOrder(ProviderAccount account, String reference);

    /** One page (from 1) of the organisation's orders: what reconciliation reads before an order is placed again. */
    ProviderPage<EsimOrder> orders(ProviderAccount account, int page, int perPage);

    /**
     * The eSIMs of an order (or bundle apply) reference, with their install details; empty while the assignment is
     * still being made (it can take minutes).
     */
    List<InstallDetails> assignments(ProviderAccount account, String reference);

    /** How a bundle stands on an eSIM: state and data left per assignment. */
    BundleStatus bundleStatus(ProviderAccount account, String iccid, String bundleName);

    /**
     * Tries the account's key with a call that buys nothing and costs nothing. A refusal or no answer makes a failed
     * check naming the cause, never an exception.
     */
    CredentialCheck checkCredentials(ProviderAccount account);

    /**
     * Verifies a usage callback with the account's keys, on the raw body, and only then reads it. A callback that is
     * not signed with them is refused (401 {@code invalid_webhook}) and one that cannot be read is a 400 naming the
     * field.
     *
     * @param headers the request's headers, names in lower case
     */
    UsageCallback readCallback(String payload, Map<String, String> headers, ProviderAccount account);
}
