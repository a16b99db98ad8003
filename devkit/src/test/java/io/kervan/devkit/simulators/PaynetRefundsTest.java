package io.kervan.devkit.simulators;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** PAYNET's refund requests: reviewed, so they wait; their outcome posted to succeedUrl; never more than was paid. */
class PaynetRefundsTest extends PaynetTestSupport {

    @Test
    void a_same_day_refund_is_whole_or_nothing_and_waits_for_review_until_its_outcome_is_posted() throws Exception {
        String xactId = client.pay("ORD-" + UUID.randomUUID(), "\"200,00\"", PaynetSimulator.CARD_SUCCESS, 1, "")
                .getString("xact_id");
        assertThat(refund(xactId, "\"5000\"", "/refund/partial").getString("message"))
                .isEqualTo("Aynı gün yapılan işlemlerde kısmi iade yapılamaz");
        JsonObject requested = refund(xactId, null, "/refund/whole?refund=R1");
        assertThat(requested.getString("object_name")).isEqualTo("transaction_reversed_request");
        assertThat(requested.getInt("code")).isZero();
        assertThat(paynet.refunded(xactId)).isZero();
        assertThat(shop.received()).noneMatch(r -> r.path().startsWith("/refund/whole"));

        assertThat(paynet.approveRefund(xactId)).isEqualTo(200);
        CallbackReceiver.Received outcome = shop.await(r -> r.path().equals("/refund/whole?refund=R1"));
        JsonObject posted = SimulatorJson.read(outcome.body());
        assertThat(posted.getString("code")).isEqualTo("0");
        assertThat(posted.getString("status")).isEqualTo("3");
        assertThat(posted.getString("xact_id")).startsWith("xk_").isNotEqualTo(xactId);
        assertThat(paynet.refunded(xactId)).isEqualByComparingTo("200");
        assertThat(refund(xactId, null, "/refund/again").getInt("code")).isEqualTo(1);
    }

    @Test
    void later_refunds_may_be_partial_but_waiting_and_approved_ones_never_exceed_the_payment() throws Exception {
        String xactId = client.pay("ORD-" + UUID.randomUUID(), "\"100,00\"", PaynetSimulator.CARD_SUCCESS, 1, "")
                .getString("xact_id");
        paynet.advanceClock(Duration.ofDays(1));
        assertThat(refund(xactId, "\"3000\"", "/refund/a").getInt("code")).isZero();
        assertThat(refund(xactId, "\"7001\"", "/refund/b").getString("message"))
                .isEqualTo("İade tutarı, iade edilebilir tutardan büyük olamaz");
        assertThat(refund(xactId, "\"50,00\"", "/refund/b").getInt("code")).isEqualTo(11);

        assertThat(paynet.rejectRefund(xactId, "Operasyon onaylamadı")).isEqualTo(200);
        JsonObject rejected = SimulatorJson.read(shop.await(r -> r.path().equals("/refund/a")).body());
        assertThat(rejected.getString("code")).isEqualTo("1");
        assertThat(rejected.getString("status")).isEqualTo("4");
        assertThat(rejected.getString("message")).isEqualTo("Operasyon onaylamadı");

        assertThat(refund(xactId, "\"7001\"", "/refund/c").getInt("code")).isZero();
        assertThat(refund(xactId, "\"3000\"", "/refund/d").getInt("code")).isEqualTo(1);
        assertThat(refund(xactId, "\"2999\"", null).getInt("code")).isZero();
        assertThat(paynet.approveRefund(xactId)).isEqualTo(200);
        assertThat(paynet.approveRefund(xactId)).isEqualTo(-1);
        assertThat(paynet.refunded(xactId)).isEqualByComparingTo("100.00");

        String today = java.time.LocalDate.now(PaynetTransaction.ISTANBUL).plusDays(1).toString();
        JsonObject list = client.post("/v1/transaction/reversal_list", "{\"datab\":\"" + today + "\",\"datbi\":\""
                + today + "\",\"limit\":50}");
        List<Integer> statuses = list.getJsonArray("Data").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("xact_id").equals(xactId)).map(r -> r.getInt("status")).toList();
        assertThat(statuses).containsExactly(4, 3, 3);
    }

    private JsonObject refund(String xactId, String amount, String succeedPath) throws Exception {
        return client.post("/v1/transaction/reversed_request", "{\"xact_id\":\"" + xactId + "\""
                + (amount == null ? "" : ",\"amount\":" + amount)
                + (succeedPath == null ? "" : ",\"succeedUrl\":\"" + shop.url(succeedPath) + "\"") + "}");
    }
}
