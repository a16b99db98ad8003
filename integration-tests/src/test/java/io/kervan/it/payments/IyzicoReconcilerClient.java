package io.kervan.it.payments;

import io.kervan.devkit.simulators.IyzicoSimulator;
import io.kervan.devkit.simulators.SimulatedFault;
import io.kervan.it.payments.IyzicoShopper.Callback;
import io.kervan.it.payments.IyzicoShopper.Setup;
import io.kervan.it.payments.LostAnswerReconciling.LostAnswer;
import io.restassured.response.Response;

import static io.kervan.it.payments.KuveytTurkShopper.confirmations;
import static io.kervan.it.payments.KuveytTurkShopper.orderState;
import static io.kervan.it.payments.KuveytTurkShopper.paymentColumn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The test-JVM side of {@link IyzicoReconcilerIT}, kept apart so that the server never loads it. */
final class IyzicoReconcilerClient {

    private IyzicoReconcilerClient() {
    }

    /** @return the simulator, started here, and a payment iyzico charged without Kervan hearing of it */
    static LostAnswer payWithLostAuthAnswer() throws Exception {
        IyzicoSimulator iyzico = IyzicoShopper.startIyzico();
        Setup s = IyzicoShopper.shop(iyzico, "iyz-reconcile", "direct_3ds");
        Response created = IyzicoShopper.create(s);
        String number = created.path("payment.payment_number");
        Callback callback = IyzicoShopper.payUntilCallback(s, created, IyzicoSimulator.CARD_SUCCESS,
                IyzicoSimulator.ACS_PASSWORD);
        iyzico.failNext(IyzicoSimulator.Endpoint.THREEDS_AUTH_V2, SimulatedFault.LOST_ANSWER, 1);
        IyzicoShopper.post(s, callback).then().statusCode(503).body("code", equalTo("provider_unavailable"));
        assertThat(iyzico.paymentStatus(callback.fields().get("paymentId"))).isEqualTo("SUCCESS");
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");
        return new LostAnswer(iyzico, s.orderId(), number);
    }

    static void assertSettledOnce(LostAnswer lost) {
        String orderId = lost.orderId();
        String paymentNumber = lost.paymentNumber();
        assertThat(paymentColumn("status", paymentNumber)).isEqualTo("COMPLETED");
        assertThat(paymentColumn("provider_references", paymentNumber)).contains("\"paymentId\"");
        assertThat(orderState(orderId)).isEqualTo("CONFIRMED/PAID");
        assertThat(confirmations(orderId)).isEqualTo(1);
    }
}
