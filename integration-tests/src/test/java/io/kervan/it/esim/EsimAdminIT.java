package io.kervan.it.esim;

import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.esim.EsimBuyers.Bought;
import io.kervan.it.esim.EsimShops.Connected;
import io.kervan.it.storefront.Browser;
import io.kervan.it.support.Api;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A shop's staff look after its eSIM orders: in the admin panel a fulfillment that failed (eSIM Go without balance)
 * is retried once the balance is topped up, and the customer gets one QR email; "send again" mails it once more and
 * buys nothing. The API does the same with {@code POST /api/orders/{id}/fulfillment/resend-email/}.
 */
@KervanTest
class EsimAdminIT {

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

    private static String organisation() {
        String key = "esimgo-admin-" + UUID.randomUUID();
        esimGo.addApiKey(key);
        return key;
    }

    /**
     * The eSIM mails to {@code email}, once there are {@code atLeast} of them or {@code wait} is over. The customer
     * also gets the order's own mail, so the mailbox is read until that many of them are eSIM mails.
     */
    private static List<MimeMessage> esimMails(String email, int atLeast, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        List<MimeMessage> esims;
        do {
            esims = EsimBuyers.mailTo(email, 0, Duration.ZERO).stream().filter(m -> subject(m).contains("eSIM"))
                    .toList();
            if (esims.size() >= atLeast) {
                return esims;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return esims;
    }

    private static long esimsOf(Bought bought) {
        return Database.count("select count(*) from esims where order_id = ?::uuid", bought.orderId());
    }

    @Test
    void a_failed_fulfillment_is_retried_after_a_top_up_the_customer_gets_one_qr_email_and_send_again_buys_nothing()
            throws Exception {
        String key = organisation();
        Connected shop = EsimBuyers.shop("esim-admin", esimGo, key);
        esimGo.setBalance(key, BigDecimal.ZERO);
        Bought bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 1, "gezgin@example.com");
        bought.awaitFulfillment("failed"::equals, Duration.ofSeconds(30));
        String page = "http://" + shop.shop().slug() + ".localhost:" + Api.HTTP_PORT + "/admin/orders/"
                + bought.orderId();

        try (Browser browser = Browser.open()) {
            browser.go(page);
            browser.type("#email", shop.shop().ownerEmail()).type("#password", shop.shop().ownerPassword())
                    .follow("form[action='/admin/sign-in'] button");
            assertThat(browser.url()).isEqualTo(page);
            assertThat(browser.text()).contains("Teslimat Başarısız", "eSIM'ler", "başarısız", "Insufficient balance",
                    "eSIM'leri yeniden satın almayı dene").doesNotContain("QR e-postasını yeniden gönder");
            browser.look("admin-order-esim-failed");

            esimGo.setBalance(key, new BigDecimal("1000"));
            browser.follow("form[action$='/fulfillment/retry'] button");
            assertThat(browser.text()).contains("eSIM'ler yeniden satın alınıyor");
            bought.awaitDelivered();
            assertThat(esimMails(bought.email(), 1, Duration.ofSeconds(20))).hasSize(1);

            browser.go(page);
            String iccid = Database.single("select iccid from esims where order_id = ?::uuid", bought.orderId())
                    .toString();
            assertThat(browser.text()).contains("Teslim Edildi", iccid, EsimBuyers.BUNDLE,
                    "QR e-postasını yeniden gönder", "Yeniden satın alma yapılmaz");
            browser.look("admin-order-esim-delivered");
            browser.follow("form[action$='/fulfillment/resend-email'] button");
            assertThat(browser.text()).contains("QR e-postası müşteriye yeniden gönderiliyor.");
        }
        assertThat(esimMails(bought.email(), 2, Duration.ofSeconds(20))).hasSize(2);
        Thread.sleep(2_000);
        List<MimeMessage> mails = esimMails(bought.email(), 3, Duration.ofSeconds(1));
        assertThat(mails).hasSize(2);
        assertThat(EsimBuyers.qrCodesIn(mails.get(1))).isEqualTo(EsimBuyers.qrCodesIn(mails.get(0)));
        assertThat(esimGo.ordersPlaced(key)).isEqualTo(1);
        assertThat(esimsOf(bought)).isEqualTo(1);
    }

    @Test
    void the_api_mails_a_delivered_orders_esims_again_to_staff_only_and_refuses_an_order_not_delivered()
            throws Exception {
        String key = organisation();
        Connected shop = EsimBuyers.shop("esim-resend", esimGo, key);
        Bought bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 2, "tekrar@example.com");
        bought.awaitDelivered();
        assertThat(esimMails(bought.email(), 1, Duration.ofSeconds(20))).hasSize(1);
        String resend = "/api/orders/" + bought.orderId() + "/fulfillment/resend-email/";

        shop.shop().request().post(resend).then().statusCode(401);
        Api.openShop("esim-stranger").asOwner().post(resend).then().statusCode(404);
        shop.shop().request().auth().oauth2(shop.owner()).post(resend).then().statusCode(202)
                .body("fulfillment.status", equalTo("delivered"))
                .body("fulfillment.order_number", equalTo(bought.orderNumber()));
        assertThat(esimMails(bought.email(), 2, Duration.ofSeconds(20))).hasSize(2);
        assertThat(esimGo.ordersPlaced(key)).isEqualTo(1);
        assertThat(esimsOf(bought)).isEqualTo(2);

        esimGo.setBalance(key, BigDecimal.ZERO);
        Bought failed = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 1, "olmadi@example.com");
        failed.awaitFulfillment("failed"::equals, Duration.ofSeconds(30));
        shop.shop().request().auth().oauth2(shop.owner()).post("/api/orders/" + failed.orderId()
                        + "/fulfillment/resend-email/").then().statusCode(409)
                .body("code", equalTo("fulfillment_not_delivered"))
                .body("fulfillment_status", equalTo("failed"));
        Thread.sleep(2_000);
        assertThat(esimMails(failed.email(), 1, Duration.ofSeconds(1))).isEmpty();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
