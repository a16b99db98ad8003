package io.kervan.it.payments;

import io.kervan.devkit.simulators.KuveytTurkSimulator;
import io.kervan.it.payments.KuveytTurkShopper.Callback;
import io.kervan.it.payments.KuveytTurkShopper.Setup;
import io.restassured.response.Response;

import static io.kervan.it.payments.KuveytTurkShopper.confirmations;
import static io.kervan.it.payments.KuveytTurkShopper.create;
import static io.kervan.it.payments.KuveytTurkShopper.orderState;
import static io.kervan.it.payments.KuveytTurkShopper.payUntilCallback;
import static io.kervan.it.payments.KuveytTurkShopper.paymentColumn;
import static io.kervan.it.payments.KuveytTurkShopper.post;
import static io.kervan.it.payments.KuveytTurkShopper.shopWithKuveyt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The test-JVM side of {@link KuveytTurkReconcilerIT}, kept apart so that the server never loads it. */
final class KuveytTurkReconcilerClient {

    private KuveytTurkReconcilerClient() {
    }

    static AutoCloseable startBank() {
        return KuveytTurkShopper.startBank();
    }

    /** @return the order id and the payment number of a payment the bank charged without Kervan hearing of it */
    static String[] payWithLostProvisionAnswer(AutoCloseable simulator) throws Exception {
        KuveytTurkSimulator bank = (KuveytTurkSimulator) simulator;
        Setup s = shopWithKuveyt(bank, "kuveyt-reconcile");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        Callback callback = payUntilCallback(s, created, KuveytTurkSimulator.TEST_CARD,
                KuveytTurkSimulator.ACS_PASSWORD);
        bank.failNext(KuveytTurkSimulator.Gate.PROVISION_GATE, "slow", 1);
        post(s, callback).then().statusCode(503).body("code", equalTo("provider_unavailable"));
        assertThat(bank.charges(number)).isEqualTo(1);
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");
        return new String[] {s.orderId(), number};
    }

    static void assertSettledOnce(AutoCloseable simulator, String orderId, String paymentNumber) {
        KuveytTurkSimulator bank = (KuveytTurkSimulator) simulator;
        assertThat(paymentColumn("status", paymentNumber)).isEqualTo("COMPLETED");
        assertThat(paymentColumn("provider_references", paymentNumber)).contains("\"OrderId\"", "\"RRN\"");
        assertThat(orderState(orderId)).isEqualTo("CONFIRMED/PAID");
        assertThat(confirmations(orderId)).isEqualTo(1);
        assertThat(bank.charges(paymentNumber)).isEqualTo(1);
    }
}
