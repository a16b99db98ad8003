package io.kervan.escrow.application;

import io.kervan.escrow.domain.EscrowAccount;
import io.kervan.escrow.domain.EscrowAccounts;
import io.kervan.orders.application.OrderDelivered;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.domain.Order;
import io.kervan.payments.application.PaymentCompleted;
import io.kervan.payments.application.PaymentRefunded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Escrow follows the money in the transactions that move it: a completed payment of an escrow order is held as the
 * payment is recorded (once per payment: the payment completes once under its row lock, and
 * {@code escrow_accounts} is unique per payment), a delivery releases it or starts its release window as the order
 * moves, a refund comes out of it as the refund is settled. A failure here rolls the whole move back.
 */
@ApplicationScoped
public class EscrowIntake {

    @Inject
    EscrowAccounts accounts;

    @Inject
    EscrowTerms terms;

    @Inject
    OrderQueries orders;

    void onPaymentCompleted(@Observes PaymentCompleted completed) {
        if (accounts.findByPayment(completed.paymentId()).isPresent()) {
            return;
        }
        Order order = orders.load(completed.orderId());
        if (terms.cover(order)) {
            accounts.add(EscrowAccount.hold(order.id(), order.orderNumber(), completed.paymentId(),
                    completed.amount(), completed.actor(), now()));
        }
    }

    void onDelivered(@Observes OrderDelivered delivered) {
        accounts.lockByOrder(delivered.orderId()).ifPresent(account ->
                account.delivered(delivered.at().truncatedTo(ChronoUnit.MICROS), terms.releaseWindow(),
                        delivered.actor()));
    }

    void onRefunded(@Observes PaymentRefunded refunded) {
        accounts.findByPayment(refunded.paymentId()).flatMap(found -> accounts.lock(found.id())).ifPresent(account ->
                account.refunded(refunded.amount(), refunded.actor(), refunded.refundNumber(), now()));
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
