package io.kervan.it.esim;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.esim.EsimOwners.Customer;
import io.kervan.it.esim.EsimShops.Connected;
import io.kervan.it.esim.EsimOwners.EsimShop;
import io.kervan.it.esim.EsimOwners.OwnedEsim;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * "My eSIMs" over HTTP: a signed-in customer lists their eSIMs (another customer of the shop, and another shop, see
 * none of them), reads one with its install details, and opens its QR code again, which a phone camera reads as the
 * eSIM's LPA string. One test buys through checkout, payment and fulfillment; the others record eSIMs bought on the
 * simulator directly ({@link EsimOwners}), to set usage and owners as each test needs.
 */
@KervanTest
class CustomerEsimsIT {

    private static EsimGoSimulator esimGo;

    @BeforeAll
    static void startEsimGo() {
        esimGo = EsimGoSimulator.start();
    }

    @AfterAll
    static void stopEsimGo() {
        EsimShops.disconnectAll();
        esimGo.close();
    }

    @Test
    void an_eSIM_bought_at_checkout_and_delivered_after_payment_is_in_the_customers_eSIMs_with_its_QR_code()
            throws Exception {
        Connected shop = EsimBuyers.shop("my-esims-bought", esimGo, EsimGoSimulator.API_KEY);
        String token = EsimOwners.register(shop.shop(), "ayse@example.com");
        EsimBuyers.Bought bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 1, "ayse@example.com", token);

        String id = awaitEsims(shop, token).then().statusCode(200)
                .body("esims", hasSize(1))
                .body("esims[0].order_id", equalTo(bought.orderId()))
                .body("esims[0].order_number", equalTo(bought.orderNumber()))
                .body("esims[0].bundle_name", equalTo(EsimBuyers.BUNDLE))
                .body("esims[0].countries", contains("TR"))
                .body("esims[0].status", equalTo("ready"))
                .extract().path("esims[0].id");
        String lpa = shop.shop().request().auth().oauth2(token).get("/api/esims/" + id + "/").then().statusCode(200)
                .extract().path("install.lpa");
        byte[] png = shop.shop().request().auth().oauth2(token).accept("image/png").get("/api/esims/" + id + "/qr/")
                .then().statusCode(200).extract().asByteArray();
        assertThat(decode(png)).isEqualTo(lpa).startsWith("LPA:1$");
        // The same eSIM as the order's fulfillment shows its customer.
        shop.shop().request().auth().oauth2(token).get("/api/orders/" + bought.orderId() + "/fulfillment/").then()
                .statusCode(200).body("fulfillment.esims[0].lpa", equalTo(lpa));
    }

    /** Polls "My eSIMs" as the customer's page would, until fulfillment has recorded an eSIM (a minute at most). */
    private static Response awaitEsims(Connected shop, String token) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            Response answer = shop.shop().request().auth().oauth2(token).get("/api/esims/");
            if (!answer.<List<?>>path("esims").isEmpty() || Instant.now().isAfter(deadline)) {
                return answer;
            }
            Thread.sleep(250);
        }
    }

    @Test
    void a_customer_lists_their_own_eSIMs_newest_first_with_status_and_data() {
        EsimShop s = EsimOwners.open("my-esims", esimGo);
        Customer ayse = s.register("ayse@example.com");
        String order = ayse.placeOrder();
        OwnedEsim first = EsimOwners.buy(esimGo, ayse, order, "esim_1GB_7D_TR_V2");
        OwnedEsim second = EsimOwners.buy(esimGo, ayse, ayse.placeOrder(), "esim_5GB_7D_TR_V2");
        Database.column("update esims set bundle_state = 'active', initial_bytes = 5000000000, "
                + "remaining_bytes = 3250000000, usage_updated_at = now() where id = ?::uuid returning id", second.id());

        ayse.request().get("/api/esims/").then().statusCode(200)
                .body("success", equalTo(true))
                .body("esims.id", contains(second.id(), first.id()))
                .body("esims[0].iccid", equalTo(second.iccid()))
                .body("esims[0].bundle_name", equalTo("esim_5GB_7D_TR_V2"))
                .body("esims[0].countries", contains("TR"))
                .body("esims[0].status", equalTo("active"))
                .body("esims[0].initial_bytes", equalTo(5_000_000_000L))
                .body("esims[0].remaining_bytes", equalTo(3_250_000_000L))
                .body("esims[0].initial_data", equalTo("5 GB"))
                .body("esims[0].remaining_data", equalTo("3.25 GB"))
                .body("esims[0].unlimited", equalTo(false))
                .body("esims[0].qr_url", equalTo("/api/esims/" + second.id() + "/qr/"))
                .body("esims[1].order_id", equalTo(order))
                .body("esims[1].order_number", equalTo(Database.single(
                        "select order_number from orders where id = ?::uuid", order)))
                .body("esims[1].status", equalTo("ready"))
                .body("esims[1].profile_status", equalTo("Released"))
                .body("esims[1].remaining_bytes", nullValue())
                .body("esims[1].usage_updated_at", nullValue());
        // Without the trailing slash too.
        ayse.request().get("/api/esims").then().statusCode(200).body("esims.id", contains(second.id(), first.id()));
    }

    @Test
    void another_customer_of_the_shop_and_another_shop_see_none_of_them() {
        EsimShop a = EsimOwners.open("my-esims-a", esimGo);
        Customer ayse = a.register("ayse@example.com");
        OwnedEsim esim = EsimOwners.buy(esimGo, ayse, ayse.placeOrder(), "esim_1GB_7D_TR_V2");
        Customer mehmet = a.register("mehmet@example.com");
        EsimShop b = EsimOwners.open("my-esims-b", esimGo);
        // The same email at another shop is another customer.
        Customer ayseAtB = b.register("ayse@example.com");

        for (Customer other : new Customer[] {mehmet, ayseAtB}) {
            other.request().get("/api/esims/").then().statusCode(200).body("esims", empty());
            other.request().get("/api/esims/" + esim.id() + "/").then().statusCode(404)
                    .contentType("application/problem+json").body("code", equalTo("esim_not_found"));
            other.request().accept("image/png").get("/api/esims/" + esim.id() + "/qr/").then().statusCode(404)
                    .contentType("application/problem+json");
        }
        // A's token is refused on B.
        b.shop().request().auth().oauth2(ayse.token()).get("/api/esims/").then().statusCode(401)
                .body("code", equalTo("tenant_mismatch"));
        ayse.request().get("/api/esims/").then().statusCode(200).body("esims.id", contains(esim.id()));
    }

    @Test
    void staff_and_anonymous_callers_have_no_eSIM_list() {
        EsimShop s = EsimOwners.open("my-esims-staff", esimGo);
        s.shop().request().get("/api/esims/").then().statusCode(401).contentType("application/problem+json");
        s.shop().request().auth().oauth2(s.owner()).get("/api/esims/").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void one_eSIM_shows_how_to_install_it_by_hand_and_a_malformed_or_unknown_id_is_a_404_problem() {
        EsimShop s = EsimOwners.open("my-esims-one", esimGo);
        Customer ayse = s.register("ayse@example.com");
        OwnedEsim esim = EsimOwners.buy(esimGo, ayse, ayse.placeOrder(), "esim_1GB_7D_TR_V2");

        ayse.request().get("/api/esims/" + esim.id()).then().statusCode(200)
                .body("esim.iccid", equalTo(esim.iccid()))
                .body("install.lpa", equalTo(esim.lpa()))
                .body("install.smdp_address", equalTo(esim.smdpAddress()))
                .body("install.activation_code", equalTo(esim.matchingId()));
        ayse.request().get("/api/esims/not-an-id/").then().statusCode(404).contentType("application/problem+json");
        ayse.request().get("/api/esims/" + UUID.randomUUID() + "/").then().statusCode(404)
                .body("code", equalTo("esim_not_found"));
    }

    @Test
    void the_QR_code_opens_again_as_a_PNG_that_reads_as_the_eSIMs_LPA_string() throws Exception {
        EsimShop s = EsimOwners.open("my-esims-qr", esimGo);
        Customer ayse = s.register("ayse@example.com");
        OwnedEsim esim = EsimOwners.buy(esimGo, ayse, ayse.placeOrder(), "esim_1GB_7D_TR_V2");

        for (String path : new String[] {"/api/esims/" + esim.id() + "/qr/", "/api/esims/" + esim.id() + "/qr"}) {
            byte[] png = ayse.request().accept("image/png").get(path).then().statusCode(200)
                    .contentType("image/png").header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
                    .extract().asByteArray();
            assertThat(decode(png)).isEqualTo(esim.lpa());
        }
    }

    private static String decode(byte[] png) throws IOException, NotFoundException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
    }
}
