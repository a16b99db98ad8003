package io.kervan.devkit.simulators;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** PAYNET's rate table, kept cards, and the shop webhook of seed 004. */
class PaynetRatiosCardsAndWebhooksTest extends PaynetTestSupport {

    @Test
    void the_rate_table_gives_exact_totals_and_the_charge_takes_exactly_the_total_the_shopper_saw() throws Exception {
        JsonObject table = client.post("/v1/ratio/Get", "{\"bin\":\"552608\",\"amount\":\"100,00\","
                + "\"addcomission_to_amount\":true}");
        assertThat(table.getString("object_name")).isEqualTo("ratio_get");
        JsonObject axess = table.getJsonArray("data").getJsonObject(0);
        assertThat(axess.getString("bank_id")).isEqualTo("AXSS");
        List<JsonObject> rows = axess.getJsonArray("ratio").getValuesAs(JsonObject.class);
        assertThat(rows.stream().map(r -> r.getInt("instalment")).toList()).containsExactly(1, 2, 3, 6, 9);
        assertThat(decimals(rows, "total_amount")).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("101.99"), new BigDecimal("103.49"), new BigDecimal("104.49"),
                new BigDecimal("107.49"), new BigDecimal("110.49"));
        assertThat(decimals(rows, "instalment_amount")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("101.99"), new BigDecimal("51.75"), new BigDecimal("34.83"),
                        new BigDecimal("17.92"), new BigDecimal("12.28"));
        assertThat(decimals(rows, "total_net_amount").get(2)).isEqualByComparingTo("99.78");

        JsonObject debit = client.post("/v1/ratio/Get", "{\"bin\":\"589004\",\"amount\":100}")
                .getJsonArray("data").getJsonObject(0);
        assertThat(debit.getString("card_type")).isEqualTo("dc");
        assertThat(debit.getJsonArray("ratio")).hasSize(1);

        JsonObject charged = client.pay("ORD-" + UUID.randomUUID(), "\"100,00\"", PaynetSimulator.CARD_SUCCESS, 3,
                ",\"add_commission\":true");
        assertThat(charged.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("104.49");
        assertThat(charged.getInt("instalment")).isEqualTo(3);
    }

    @Test
    void a_kept_card_pays_again_by_its_hash_only_for_its_shop_and_is_gone_once_deleted() throws Exception {
        JsonObject first = client.pay("ORD-" + UUID.randomUUID(), "\"10,00\"", PaynetSimulator.CARD_SUCCESS, 1,
                ",\"card_save\":\"true\",\"card_desc\":\"Axess\",\"user_unique_id\":\"customer-42\"");
        assertThat(first.getBoolean("is_save_card_succeed")).isTrue();
        String hash = first.getString("card_hash");
        String owner = first.getString("card_owner_id");
        JsonObject listed = client.post("/v1/card/list", "{\"card_owner_id\":\"" + owner + "\"}");
        JsonObject card = listed.getJsonArray("Data").getJsonObject(0);
        assertThat(card.getString("card_hash")).isEqualTo(hash);
        assertThat(card.getString("card_no")).isEqualTo("552608******0006");
        assertThat(listed.toString()).doesNotContain(PaynetSimulator.CARD_SUCCESS);

        assertThat(client.post("/v2/transaction/tds_initial", "{\"amount\":\"1,00\",\"reference_no\":\"X-"
                + UUID.randomUUID() + "\",\"return_url\":\"http://x\",\"domain\":\"d\",\"card_hash\":\"" + hash
                + "\",\"card_owner_id\":\"another-owner\"}").getInt("code")).as("another owner's hash").isEqualTo(25);
        String paidAgain = client.charge(client.authenticate("{\"amount\":\"20,00\",\"reference_no\":\"ORD-"
                + UUID.randomUUID() + "\",\"return_url\":\"" + shop.url("/paynet/return") + "\",\"domain\":\"d\","
                + "\"card_hash\":\"" + hash + "\",\"card_owner_id\":\"" + owner + "\"}", PaynetSimulator.ACS_PASSWORD))
                .getString("card_no_masked");
        assertThat(paidAgain).isEqualTo("552608******0006");

        paynet.addMerchant("sck_pcs_otherShop");
        PaynetClient other = client.as("sck_pcs_otherShop");
        assertThat(other.post("/v1/card/list", "{\"card_owner_id\":\"" + owner + "\"}").getInt("code"))
                .isEqualTo(12);
        assertThat(other.post("/v2/transaction/tds_initial", "{\"amount\":\"1,00\",\"reference_no\":\"X-"
                + UUID.randomUUID() + "\",\"return_url\":\"http://x\",\"domain\":\"d\",\"card_hash\":\"" + hash
                + "\",\"card_owner_id\":\"" + owner + "\"}").getInt("code")).isEqualTo(25);
        assertThat(other.post("/v1/transaction/check", "{\"xact_id\":\"" + first.getString("xact_id") + "\"}")
                .getInt("code")).isEqualTo(12);

        String delete = "{\"card_owner_id\":\"" + owner + "\",\"card_hash\":\"" + hash + "\"}";
        assertThat(client.post("/v1/card/delete", delete).getInt("code")).isZero();
        assertThat(client.post("/v1/card/delete", delete).getInt("code")).isEqualTo(25);
        assertThat(client.post("/v1/card/list", "{\"card_owner_id\":\"" + owner + "\"}").getJsonArray("Data"))
                .isEmpty();
    }

    @Test
    void the_shop_webhook_is_signed_over_the_raw_body_sent_from_the_chosen_address_and_can_repeat_or_be_forged()
            throws Exception {
        paynet.sendWebhooksTo(shop.url("/api/webhooks/paynet-callback"), "demo.localhost", "whsec-demo");
        paynet.sendFrom(InetAddress.getByName("127.0.0.2"));
        String reference = "ORD-" + UUID.randomUUID();
        String xactId = client.pay(reference, "\"33,30\"", PaynetSimulator.CARD_SUCCESS, 1, "").getString("xact_id");
        CallbackReceiver.Received webhook = shop.await(r -> r.path().equals("/api/webhooks/paynet-callback")
                && r.body().contains(reference));
        assertThat(webhook.remoteAddress()).isEqualTo("127.0.0.2");
        assertThat(webhook.header("Host")).isEqualTo("demo.localhost");
        assertThat(webhook.header("X-Paynet-Signature")).isEqualTo(HmacSha256.hex("whsec-demo", webhook.body()));
        JsonObject event = SimulatorJson.read(webhook.body());
        assertThat(event.getString("event")).isEqualTo("payment_succeeded");
        assertThat(event.getString("xact_id")).isEqualTo(xactId);

        assertThat(paynet.resendWebhook(event.getString("event_id"))).isEqualTo(200);
        assertThat(shop.received().get(shop.received().size() - 1).body()).isEqualTo(webhook.body());
        paynet.sendForgedWebhook(xactId);
        CallbackReceiver.Received forged = shop.received().get(shop.received().size() - 1);
        assertThat(forged.header("X-Paynet-Signature")).isNotEqualTo(HmacSha256.hex("whsec-demo", forged.body()));
        paynet.sendWebhooksTo(null, null, null);
        paynet.sendFrom(null);
    }

    private List<BigDecimal> decimals(List<JsonObject> rows, String name) {
        return rows.stream().map(r -> r.getJsonNumber(name).bigDecimalValue()).toList();
    }
}
