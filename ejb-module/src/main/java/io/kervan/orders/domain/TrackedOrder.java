package io.kervan.orders.domain;

import io.kervan.shared.domain.Money;

import java.time.Instant;

/** What public tracking may tell about an order: where it stands, never who placed it or where it goes. */
public record TrackedOrder(String orderNumber, OrderStatus status, PaymentStatus paymentStatus, String carrier,
                           String trackingNumber, Instant shippedAt, Instant deliveredAt, Instant createdAt,
                           Money total) {
}
