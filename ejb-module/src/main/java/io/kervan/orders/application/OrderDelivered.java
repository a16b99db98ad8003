package io.kervan.orders.application;

import io.kervan.shared.domain.Actor;

import java.time.Instant;
import java.util.UUID;

/**
 * An order has just reached {@code delivered}, by {@code actor}: fired inside the transaction that moves it, so
 * observers (escrow's release) do their part in it, or not at all.
 */
public record OrderDelivered(UUID orderId, Actor actor, Instant at) {
}
