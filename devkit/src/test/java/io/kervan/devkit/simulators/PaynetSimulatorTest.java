package io.kervan.devkit.simulators;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PAYNET simulator's 3-D Secure payment, driven over HTTP as a shop and a shopper's browser drive PAYNET. */
class PaynetSimulatorTest extends PaynetTestSupport {

    @Test
    void the_secret_key_is_sent_as_it_is_and_base64_of_user_and_password_is_refused() throws Exception {
        String json = "{\"xact_id\":\"xk_none\"}";
        assertThat(client.send("/v1/transaction/check", json, "Basic " + PaynetSimulator.SECRET_KEY,
                Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
        String encoded = Base64.getEncoder().encodeToString((PaynetSimulator.SECRET_KEY + ":")
                .getBytes(StandardCharsets.UTF_8));
        var refused = client.send("/v1/transaction/check", json, "Basic " + encoded, Duration.ofSeconds(5));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(SimulatorJson.read(refused.body()).getInt("code")).isEqualTo(7);
        assertThat(client.send("/v1/transaction/check", json, null, Duration.ofSeconds(5)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_3ds_payment_goes_initial_bank_page_return_url_charge_and_a_repeated_charge_answers_100() throws Exception {
        String reference = "ORD-" + UUID.randomUUID();
        Map<String, String> callback = client.authenticate(PaynetClient.initial(reference, "\"129,90\"",
                PaynetSimulator.CARD_SUCCESS, 1, shop.url("/paynet/return"), ""), PaynetSimulator.ACS_PASSWORD);
        assertThat(callback).containsOnlyKeys("session_id", "token_id");

        JsonObject charged = client.charge(callback);
        assertThat(charged.getInt("code")).isZero();
        assertThat(charged.getBoolean("is_succeed")).isTrue();
        assertThat(charged.getString("reference_no")).isEqualTo(reference);
        assertThat(charged.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("129.90");
        assertThat(charged.getString("card_no_masked")).isEqualTo("552608******0006");
        assertThat(charged.getString("xact_id")).startsWith("xk_");

        JsonObject again = client.charge(callback);
        assertThat(again.getInt("code")).isEqualTo(100);
        assertThat(again.getString("message")).isEqualTo("Önceki Başarılı İşlem");
        assertThat(again.getString("xact_id")).isEqualTo(charged.getString("xact_id"));
        assertThat(paynet.charges(reference)).isEqualTo(1);

        JsonObject byId = client.post("/v1/transaction/check", "{\"xact_id\":\"" + charged.getString("xact_id")
                + "\"}");
        assertThat(byId.getJsonArray("Data").getJsonObject(0).getBoolean("is_succeed")).isTrue();
        JsonObject byReference = client.post("/v1/transaction/check", "{\"reference_no\":\"" + reference + "\"}");
        assertThat(byReference.getJsonArray("Data").getJsonObject(0).getString("agent_reference"))
                .isEqualTo(reference);
        assertThat(client.as("sck_pcs_anotherShop").post("/v1/transaction/check", "{\"reference_no\":\""
                + reference + "\"}").getInt("code")).isEqualTo(7);
    }

    @Test
    void a_lost_charge_answer_is_settled_by_charging_again_which_answers_100_and_takes_the_money_once()
            throws Exception {
        String reference = "ORD-" + UUID.randomUUID();
        Map<String, String> callback = client.authenticate(PaynetClient.initial(reference, "\"75,00\"",
                PaynetSimulator.CARD_SUCCESS, 1, shop.url("/paynet/return"), ""), PaynetSimulator.ACS_PASSWORD);
        paynet.failNext(PaynetSimulator.Endpoint.TDS_CHARGE, SimulatedFault.LOST_ANSWER, 1);
        assertThatThrownBy(() -> client.charge(callback)).isInstanceOf(IOException.class);
        JsonObject retried = client.charge(callback);
        assertThat(retried.getInt("code")).isEqualTo(100);
        assertThat(retried.getBoolean("is_succeed")).isTrue();
        assertThat(paynet.charges(reference)).isEqualTo(1);

        paynet.failNext(PaynetSimulator.Endpoint.CHECK, SimulatedFault.SERVER_ERROR, 1);
        String check = "{\"reference_no\":\"" + reference + "\"}";
        assertThat(client.send("/v1/transaction/check", check, "Basic " + PaynetSimulator.SECRET_KEY,
                Duration.ofSeconds(5)).statusCode()).isEqualTo(500);
        assertThat(client.post("/v1/transaction/check", check).getInt("code")).isZero();
    }

    @Test
    void a_decline_and_a_failed_3ds_step_are_unsucceeded_transactions_and_their_session_is_used_up()
            throws Exception {
        JsonObject declined = client.charge(client.authenticate(PaynetClient.initial("ORD-" + UUID.randomUUID(),
                "\"50,00\"", PaynetSimulator.CARD_INSUFFICIENT_FUNDS, 1, shop.url("/paynet/return"), ""),
                PaynetSimulator.ACS_PASSWORD));
        assertThat(declined.getInt("code")).isEqualTo(1);
        assertThat(declined.getBoolean("is_succeed")).isFalse();
        assertThat(declined.getString("bank_error_id")).isEqualTo("51");

        Map<String, String> failed = client.authenticate(PaynetClient.initial("ORD-" + UUID.randomUUID(),
                "\"50,00\"", PaynetSimulator.CARD_3DS_FAILS, 1, shop.url("/paynet/return"), ""),
                PaynetSimulator.ACS_PASSWORD);
        assertThat(client.charge(failed).getInt("code")).isEqualTo(16);
        assertThat(client.charge(failed).getInt("code")).isEqualTo(17);
    }

    @Test
    void tds_initial_takes_a_comma_amount_a_unique_reference_and_an_offered_installment() throws Exception {
        String dotted = PaynetClient.initial("ORD-" + UUID.randomUUID(), "\"129.90\"", PaynetSimulator.CARD_SUCCESS,
                1, shop.url("/r"), "");
        var refused = client.send("/v2/transaction/tds_initial", dotted, "Basic " + PaynetSimulator.SECRET_KEY,
                Duration.ofSeconds(5));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(SimulatorJson.read(refused.body()).getInt("code")).isEqualTo(11);
        String reference = "ORD-" + UUID.randomUUID();
        assertThat(client.post("/v2/transaction/tds_initial", PaynetClient.initial(reference, "129.9",
                PaynetSimulator.CARD_SUCCESS, 1, shop.url("/r"), "")).getInt("code")).isZero();
        assertThat(client.post("/v2/transaction/tds_initial", PaynetClient.initial(reference, "\"129,90\"",
                PaynetSimulator.CARD_SUCCESS, 1, shop.url("/r"), "")).getInt("code")).isEqualTo(5);
        assertThat(client.post("/v2/transaction/tds_initial", PaynetClient.initial("ORD-" + UUID.randomUUID(),
                "\"129,90\"", PaynetSimulator.CARD_DEBIT, 3, shop.url("/r"), "")).getInt("code")).isEqualTo(21);
        assertThat(client.post("/v2/transaction/tds_initial", "{\"amount\":\"10,00\",\"reference_no\":\"R-"
                + UUID.randomUUID() + "\",\"return_url\":\"http://x\",\"domain\":\"d\",\"card_hash\":\"ch_x\"}")
                .getInt("code")).isEqualTo(25);
    }
}
