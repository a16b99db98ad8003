package io.kervan.web.storefront.orders;

import io.kervan.esim.application.FulfillmentView;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.orders.application.OrderViews;

import java.util.List;

/**
 * An order's page as its buyer sees it: the order, whether it is paid, what it takes to pay it (the providers, a fresh
 * idempotency key), and its eSIMs once they are being delivered. {@code pagePath} is the page's own signed address
 * (the eSIM region polls it), {@code problem} the text key of what went wrong with the last payment, or null;
 * {@code paidWith} the payment that paid it (how many installments, what was charged), null until it is paid;
 * {@code escrowHeld}: the payment is held in escrow until delivery.
 */
public record OrderPageView(OrderViews.Detail order, String pagePath, String payPath, List<ProviderType> providers,
                            String idempotencyKey, FulfillmentView fulfillment, String problem,
                            io.kervan.payments.application.PaymentView paidWith, boolean escrowHeld) {

    public boolean paid() {
        return "paid".equals(order.paymentStatus());
    }

    public boolean payable() {
        return payable(order);
    }

    /** Whether the order waits for its payment: placed, not paid, not given up. */
    public static boolean payable(OrderViews.Detail order) {
        return "pending".equals(order.status()) && "pending".equals(order.paymentStatus());
    }

    public boolean hasEsims() {
        return fulfillment != null;
    }

    public boolean esimsSettled() {
        return fulfillment != null && List.of("delivered", "failed", "cancelled").contains(fulfillment.status());
    }

    public boolean esimsDelivered() {
        return fulfillment != null && "delivered".equals(fulfillment.status());
    }
}
