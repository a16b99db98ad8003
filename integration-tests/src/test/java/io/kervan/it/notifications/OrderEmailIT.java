package io.kervan.it.notifications;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.BackgroundJobs;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.kervan.it.support.Mailbox;
import io.kervan.it.support.TestEnvironment;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers get mail, after the change commits, in the shop's language, through a real SMTP server. */
@KervanTest
class OrderEmailIT {

    private static List<MimeMessage> mailTo(String address, int atLeast) throws Exception {
        return Mailbox.mailTo(address, atLeast, Duration.ofSeconds(20));
    }

    @Test
    void placed_shipped_and_delivered_each_send_one_mail_in_the_shop_language() throws Exception {
        Shop shop = Api.openShop("mail-tr");
        String owner = shop.ownerToken();
        String cart = shop.addToCart(null, shop.addProduct(owner, "MAIL", "100.00", 5), 2);
        var placed = shop.request().body(Shop.orderBody(cart, "mail-tr@example.com",
                shop.addShippingMethod(owner, "10.00"))).post("/api/orders/").then().statusCode(201).extract();
        String id = placed.path("order.id");
        String number = placed.path("order.order_number");

        List<MimeMessage> afterPlacing = mailTo("mail-tr@example.com", 1);
        assertThat(afterPlacing).hasSize(1);
        assertThat(afterPlacing.get(0).getSubject()).contains(number).contains("siparişiniz alındı");
        assertThat((String) afterPlacing.get(0).getContent()).contains("Toplam: 210.00 TRY", "2 x Product MAIL");

        shop.request().auth().oauth2(owner).body(Map.of("status", "confirmed")).patch("/api/orders/" + id + "/");
        shop.request().auth().oauth2(owner).body(Map.of("status", "shipped", "tracking_number", "YK987654321"))
                .patch("/api/orders/" + id + "/").then().statusCode(200);
        List<MimeMessage> afterShipping = mailTo("mail-tr@example.com", 2);
        assertThat(afterShipping).hasSize(2);
        assertThat(afterShipping.get(1).getSubject()).contains("kargoya verildi");
        assertThat((String) afterShipping.get(1).getContent()).contains("YK987654321");

        shop.request().auth().oauth2(owner).body(Map.of("status", "delivered")).patch("/api/orders/" + id + "/")
                .then().statusCode(200);
        assertThat(mailTo("mail-tr@example.com", 3)).hasSize(3)
                .last().satisfies(m -> assertThat(m.getSubject()).contains("teslim edildi"));
    }

    @Test
    void the_placed_mail_shows_subtotal_coupon_discount_shipping_and_a_total_they_add_up_to() throws Exception {
        Shop shop = Api.openShop("mail-sums");
        String owner = shop.ownerToken();
        shop.request().auth().oauth2(owner).body(Map.of("code", "HOSGELDIN10", "kind", "percentage",
                "percentage", "10")).post("/api/staff/coupons/").then().statusCode(201);
        String cart = shop.addToCart(null, shop.addProduct(owner, "TEA", "145.50", 5), 2);
        shop.request().body(Map.of("cart_id", cart, "coupon_code", "HOSGELDIN10")).post("/api/cart/coupon/")
                .then().statusCode(200);
        shop.request().body(Shop.orderBody(cart, "mail-sums@example.com", shop.addShippingMethod(owner, "49.90")))
                .post("/api/orders/").then().statusCode(201);

        List<MimeMessage> mails = mailTo("mail-sums@example.com", 1);
        assertThat(mails).hasSize(1);
        String body = (String) mails.get(0).getContent();
        assertThat(body).contains("2 x Product TEA = 291.00 TRY", "Ara toplam: 291.00 TRY",
                "İndirim (HOSGELDIN10): -29.10 TRY", "Kargo (Standard): 49.90 TRY", "Toplam: 311.80 TRY");
        java.math.BigDecimal subtotal = amountAfter(body, "Ara toplam: ");
        java.math.BigDecimal discount = amountAfter(body, "İndirim (HOSGELDIN10): -");
        java.math.BigDecimal shipping = amountAfter(body, "Kargo (Standard): ");
        assertThat(subtotal.subtract(discount).add(shipping)).isEqualByComparingTo(amountAfter(body, "\nToplam: "));
    }

    private static java.math.BigDecimal amountAfter(String body, String label) {
        int start = body.indexOf(label) + label.length();
        return new java.math.BigDecimal(body.substring(start, body.indexOf(' ', start)));
    }

    @Test
    void mail_still_goes_out_once_after_the_mail_server_restarts() throws Exception {
        Shop shop = Api.openShop("mail-restart");
        String owner = shop.ownerToken();
        String product = shop.addProduct(owner, "RST", "10.00", 5);
        String shipping = shop.addShippingMethod(owner, "1.00");
        shop.request().body(Shop.orderBody(shop.addToCart(null, product, 1), "before-restart@example.com", shipping))
                .post("/api/orders/").then().statusCode(201);
        assertThat(mailTo("before-restart@example.com", 1)).hasSize(1);

        // The connection the server kept open for its next mail is cut; the next mail must go out on a new one.
        TestEnvironment.mail().restart();
        String number = shop.request().body(Shop.orderBody(shop.addToCart(null, product, 1),
                "after-restart@example.com", shipping)).post("/api/orders/").then().statusCode(201).extract()
                .path("order.order_number");
        List<MimeMessage> after = mailTo("after-restart@example.com", 1);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).getSubject()).contains(number);
        BackgroundJobs.awaitAllRun(shop.slug());
        assertThat(Mailbox.mailTo("after-restart@example.com")).as("sent once").hasSize(1);
    }

    @Test
    void an_english_shop_writes_in_english() throws Exception {
        Shop shop = Api.openShop("mail-en", "en");
        String owner = shop.ownerToken();
        String cart = shop.addToCart(null, shop.addDigitalProduct(owner, "ESIM", "20.00"), 1);
        java.util.Map<String, Object> body = Shop.orderBody(cart, "mail-en@example.com", null);
        body.remove("shipping_address");
        shop.request().body(body).post("/api/orders/").then().statusCode(201);
        List<MimeMessage> mails = mailTo("mail-en@example.com", 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("received");
    }

    @Test
    void an_order_that_fails_sends_nothing() throws Exception {
        Shop shop = Api.openShop("mail-none");
        String owner = shop.ownerToken();
        String product = shop.addProduct(owner, "SCARCE", "10.00", 1);
        String shipping = shop.addShippingMethod(owner, "1.00");
        String first = shop.addToCart(null, product, 1);
        String second = shop.addToCart(null, product, 1);
        shop.request().body(Shop.orderBody(first, "winner@example.com", shipping)).post("/api/orders/")
                .then().statusCode(201);
        shop.request().body(Shop.orderBody(second, "loser@example.com", shipping)).post("/api/orders/")
                .then().statusCode(409);
        assertThat(mailTo("winner@example.com", 1)).hasSize(1);
        BackgroundJobs.awaitAllRun(shop.slug());
        assertThat(Mailbox.mailTo("loser@example.com")).isEmpty();
    }

    @Test
    void many_orders_at_once_each_get_exactly_one_mail_from_the_parallel_workers() throws Exception {
        Shop shop = Api.openShop("mail-many");
        String owner = shop.ownerToken();
        String product = shop.addProduct(owner, "MANY", "5.00", 100);
        String shipping = shop.addShippingMethod(owner, "1.00");
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (int i = 0; i < 30; i++) {
            numbers.add(shop.request().body(Shop.orderBody(shop.addToCart(null, product, 1), "many@example.com",
                    shipping)).post("/api/orders/").then().statusCode(201).extract().path("order.order_number"));
        }
        mailTo("many@example.com", 30);
        BackgroundJobs.awaitAllRun(shop.slug());
        List<MimeMessage> mails = Mailbox.mailTo("many@example.com");
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage m : mails) {
            subjects.add(m.getSubject());
        }
        assertThat(subjects).hasSize(30);
        assertThat(numbers).allSatisfy(n -> assertThat(subjects).filteredOn(s -> s.contains(n)).hasSize(1));
        assertThat(Database.single("select count(*) from jobs where status = 'DONE' and payload like '%PLACED%' "
                + "and tenant_id = (select id from tenants where slug = ?)", shop.slug())).isEqualTo(30L);
    }
}
