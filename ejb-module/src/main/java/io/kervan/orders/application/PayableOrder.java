package io.kervan.orders.application;

import io.kervan.orders.domain.OrderStatus;
import io.kervan.orders.domain.PaymentStatus;
import io.kervan.shared.domain.Money;

import java.util.UUID;

/** What payments need to know about an order; {@code customerId} is null for a guest's. */
public record PayableOrder(UUID id, String orderNumber, Money total, String customerEmail, UUID customerId,
                           OrderStatus status, PaymentStatus paymentStatus) {

    /** Only a pending, unpaid order takes a payment. */
    public boolean acceptsPayment() {
        return status == OrderStatus.PENDING && paymentStatus == PaymentStatus.PENDING;
    }
}
