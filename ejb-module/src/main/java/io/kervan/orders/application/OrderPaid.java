package io.kervan.orders.application;

import java.util.UUID;

/**
 * An order has just become paid: fired once per order, inside the transaction that records the payment, so observers
 * (eSIM fulfillment) do their part in it, or not at all.
 */
public record OrderPaid(UUID orderId) {
}
