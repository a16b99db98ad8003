package io.kervan.orders.application;

/** The order a POST created, or found again for a retried Idempotency-Key ({@code replayed}). */
public record PlacedOrder(OrderViews.Detail order, boolean replayed) {
}
