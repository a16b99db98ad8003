package io.kervan.cart.application;

import java.util.UUID;

/**
 * Which cart a request means: the id the client keeps (anonymous shoppers) and the signed-in customer, if any. A
 * customer always works on their own cart; an anonymous cart id sent along is merged into it.
 */
public record CartKey(UUID cartId, UUID customerId) {
}
