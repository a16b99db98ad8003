package io.kervan.it.payments;

import io.kervan.devkit.simulators.PaynetSimulator;
import io.kervan.devkit.simulators.SimulatedFault;
import io.kervan.it.payments.PaynetShopper.Callback;
import io.kervan.it.payments.PaynetShopper.Setup;
import io.kervan.it.payments.LostAnswerReconciling.LostAnswer;
import io.restassured.response.Response;

import static io.kervan.it.payments.PaynetShopper.create;
import static io.kervan.it.payments.PaynetShopper.orderState;
import static io.kervan.it.payments.PaynetShopper.payUntilCallback;
import static io.kervan.it.payments.PaynetShopper.paymentColumn;
import static io.kervan.it.payments.PaynetShopper.post;
import static io.kervan.it.payments.PaynetShopper.shopWithPaynet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The test-JVM side of {@link PaynetReconcilerIT}, kept apart so that the server never loads it. */
final class PaynetReconcilerClient {

    private PaynetReconcilerClient() {
    }

    /** @return the simulator, started here, and a payment PAYNET charged without Kervan hearing of it */
    static LostAnswer payWithLostChargeAnswer() throws Exception {
        PaynetSimulator paynet = PaynetSimulator.start();
        Setup s = shopWithPaynet(paynet, "paynet-reconcile");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        Callback callback = payUntilCallback(s, created, PaynetSimulator.CARD_SUCCESS);
        paynet.failNext(PaynetSimulator.Endpoint.TDS_CHARGE, SimulatedFault.LOST_ANSWER, 1);
        post(s, callback).then().statusCode(503).body("code", equalTo("provider_unavailable"));
        assertThat(paynet.charges(number)).isEqualTo(1);
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");
        return new LostAnswer(paynet, s.orderId(), number);
    }

    static void assertSettledOnce(LostAnswer lost) {
        String orderId = lost.orderId();
        String paymentNumber = lost.paymentNumber();
        PaynetSimulator paynet = (PaynetSimulator) lost.provider();
        assertThat(paymentColumn("status", paymentNumber)).isEqualTo("COMPLETED");
        assertThat(paymentColumn("provider_references", paymentNumber)).contains("\"xact_id\"");
        assertThat(orderState(orderId)).isEqualTo("CONFIRMED/PAID");
        assertThat(KuveytTurkShopper.confirmations(orderId)).isEqualTo(1);
        assertThat(paynet.charges(paymentNumber)).isEqualTo(1);
    }
}
