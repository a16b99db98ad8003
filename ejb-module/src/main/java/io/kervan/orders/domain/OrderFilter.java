package io.kervan.orders.domain;

import java.time.Instant;
import java.util.UUID;

/** Staff's order search; every field is optional. {@code sort} is one of {@link Sort}. */
public record OrderFilter(OrderStatus status, PaymentStatus paymentStatus, String customerEmail, String orderNumber,
                          Instant createdFrom, Instant createdTo, UUID customerId, Sort sort) {

    public enum Sort { NEWEST, OLDEST, TOTAL_DESC, TOTAL_ASC }
}
