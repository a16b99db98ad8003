package io.kervan.orders.application;

import java.util.UUID;

/**
 * An order changed in the current transaction. Observers that keep answers about orders forget them once it commits
 * ({@code during = AFTER_SUCCESS}), before the change's own response is sent.
 */
public record OrderChanged(UUID tenantId, String orderNumber) {
}
