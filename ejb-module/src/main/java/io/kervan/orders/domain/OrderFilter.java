package io.kervan.orders.domain;

import java.time.Instant;
import java.util.UUID;

/** Staff's order search; every field is optional. {@code sort} is one of {@link Sort}. */
public record OrderFilter(OrderStatus status, PaymentStatus paymentStatus, String customerEmail, String orderNumber,
                          Instant createdFrom, Instant createdTo, UUID customerId, Sort sort) {

    /** Each order ends with the id in the same direction, so every row has one place and a list can resume after it. */
    public enum Sort { NEWEST, OLDEST, TOTAL_DESC, TOTAL_ASC }

    public Sort sortOrDefault() {
        return sort == null ? Sort.NEWEST : sort;
    }
}
