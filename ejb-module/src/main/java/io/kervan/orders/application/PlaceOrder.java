package io.kervan.orders.application;

import io.kervan.orders.domain.ShippingAddress;

import java.util.UUID;

/** A shopper's request to order their cart. {@code customerId} is set when they are signed in. */
public record PlaceOrder(UUID cartId, UUID customerId, String email, String firstName, String lastName, String phone,
                         ShippingAddress shippingAddress, UUID shippingMethodId) {
}
