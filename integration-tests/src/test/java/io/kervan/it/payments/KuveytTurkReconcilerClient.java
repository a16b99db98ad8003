package io.kervan.it.payments;

import io.kervan.devkit.simulators.KuveytTurkSimulator;
import io.kervan.it.payments.KuveytTurkShopper.Callback;
import io.kervan.it.payments.KuveytTurkShopper.Setup;
import io.kervan.it.payments.LostAnswerReconciling.LostAnswer;
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

    /** @return the simulator, started here, and a payment the bank charged without Kervan hearing of it */
    static LostAnswer payWithLostProvisionAnswer() throws Exception {
        KuveytTurkSimulator bank = KuveytTurkShopper.startBank();
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
        return new LostAnswer(bank, s.orderId(), number);
    }

    static void assertSettledOnce(LostAnswer lost) {
        String orderId = lost.orderId();
        String paymentNumber = lost.paymentNumber();
        KuveytTurkSimulator bank = (KuveytTurkSimulator) lost.provider();
        assertThat(paymentColumn("status", paymentNumber)).isEqualTo("COMPLETED");
        assertThat(paymentColumn("provider_references", paymentNumber)).contains("\"OrderId\"", "\"RRN\"");
        assertThat(orderState(orderId)).isEqualTo("CONFIRMED/PAID");
        assertThat(confirmations(orderId)).isEqualTo(1);
        assertThat(bank.charges(paymentNumber)).isEqualTo(1);
    }
}
