package io.kervan.it.escrow;

import io.kervan.it.admin.AdminShops;
import io.kervan.it.admin.AdminShops.Placed;
import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.kervan.it.escrow.EscrowBooks.assertLedgersAddUp;
import static io.kervan.it.escrow.EscrowBooks.escrowShop;
import static io.kervan.it.escrow.EscrowBooks.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Escrow through the API, paid with the sandbox gateway: the money of a paid escrow order is held with its amount,
 * delivery releases it (by whom, when), refunds come out of it, a dispute keeps it held until cleared, and after
 * every scenario the shop's escrows add up to their ledgers in SQL.
 */
@KervanTest
class EscrowIT {

    private static String escrowPath(Placed order) {
        return "/api/orders/" + order.id() + "/escrow/";
    }

    /** Ships the order (its mugs must leave first), then marks it delivered, as the owner. */
    static void deliver(Ready ready, Placed order) {
        owner(ready).body(Map.of("status", "shipped", "tracking_number", "AR1234567890"))
                .patch("/api/orders/" + order.id() + "/").then().statusCode(200);
        owner(ready).body(Map.of("status", "delivered")).patch("/api/orders/" + order.id() + "/").then()
                .statusCode(200).body("order.status", equalTo("delivered"));
    }

    @Test
    void a_paid_escrow_order_is_held_with_its_amount_and_delivery_releases_it_saying_who_and_when() {
        Ready ready = escrowShop("escrow-held", null);
        Placed order = ready.paidOrder("alici@example.com", 1);

        owner(ready).get(escrowPath(order)).then().statusCode(200)
                .body("escrow.status", equalTo("held"))
                .body("escrow.order_number", equalTo(order.number()))
                .body("escrow.held_amount", equalTo("279.90"))
                .body("escrow.still_held_amount", equalTo("279.90"))
                .body("escrow.released_amount", equalTo("0.00"))
                .body("escrow.released_at", nullValue())
                .body("escrow.ledger", hasSize(1))
                .body("escrow.ledger[0].kind", equalTo("held"))
                .body("escrow.ledger[0].amount", equalTo("279.90"))
                .body("escrow.ledger[0].actor_kind", equalTo("provider"));
        assertThat(Database.single("select held_amount::text from escrow_accounts where order_id = ?::uuid",
                order.id())).isEqualTo("279.9000");

        deliver(ready, order);
        owner(ready).get(escrowPath(order)).then().statusCode(200)
                .body("escrow.status", equalTo("released"))
                .body("escrow.released_amount", equalTo("279.90"))
                .body("escrow.still_held_amount", equalTo("0.00"))
                .body("escrow.released_at", notNullValue())
                .body("escrow.released_by", equalTo("staff:" + ready.shop().ownerEmail()))
                .body("escrow.ledger[1].kind", equalTo("released"))
                .body("escrow.ledger[1].actor_kind", equalTo("staff"))
                .body("escrow.ledger[1].actor_name", equalTo(ready.shop().ownerEmail()));
        assertThat(assertLedgersAddUp(ready.shop().slug())).isEqualTo(1);
    }

    @Test
    void a_partial_refund_takes_from_what_is_held_and_a_full_refund_refunds_the_escrow_wholly() {
        Ready ready = escrowShop("escrow-refund", null);
        Placed order = ready.paidOrder("iade@example.com", 1);
        String paymentId = Database.single("select id::text from payments where order_id = ?::uuid", order.id())
                .toString();

        owner(ready).body(Map.of("amount", "29.90", "reason", "kırık kulp"))
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(200);
        owner(ready).get(escrowPath(order)).then()
                .body("escrow.status", equalTo("held"))
                .body("escrow.refunded_amount", equalTo("29.90"))
                .body("escrow.still_held_amount", equalTo("250.00"))
                .body("escrow.ledger[1].kind", equalTo("refunded"))
                .body("escrow.ledger[1].amount", equalTo("29.90"));
        assertLedgersAddUp(ready.shop().slug());

        owner(ready).body(Map.of()).post("/api/payments/" + paymentId + "/refund/").then().statusCode(200);
        owner(ready).get(escrowPath(order)).then()
                .body("escrow.status", equalTo("refunded"))
                .body("escrow.refunded_amount", equalTo("279.90"))
                .body("escrow.still_held_amount", equalTo("0.00"))
                .body("escrow.released_amount", equalTo("0.00"));
        owner(ready).body(Map.of()).post(escrowPath(order) + "release/").then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("escrow_refunded"));
        assertLedgersAddUp(ready.shop().slug());
    }

    @Test
    void a_refund_after_release_is_recorded_against_the_released_money() {
        Ready ready = escrowShop("escrow-late-refund", null);
        Placed order = ready.paidOrder("gec@example.com", 1);
        deliver(ready, order);
        String paymentId = Database.single("select id::text from payments where order_id = ?::uuid", order.id())
                .toString();
        owner(ready).body(Map.of("amount", "50.00")).post("/api/payments/" + paymentId + "/refund/").then()
                .statusCode(200);
        owner(ready).get(escrowPath(order)).then()
                .body("escrow.status", equalTo("released"))
                .body("escrow.released_amount", equalTo("279.90"))
                .body("escrow.refunded_amount", equalTo("0.00"))
                .body("escrow.refunded_after_release_amount", equalTo("50.00"))
                .body("escrow.ledger[2].kind", equalTo("refunded_after_release"));
        assertLedgersAddUp(ready.shop().slug());
    }

    @Test
    void a_dispute_stops_the_release_on_delivery_until_it_is_cleared() {
        Ready ready = escrowShop("escrow-dispute", null);
        Placed order = ready.paidOrder("itiraz@example.com", 2);
        String staff = ready.shop().request().body(Map.of("email", ready.member("staff"),
                "password", AdminShops.PASSWORD)).post("/api/staff/auth/login/").path("access_token");

        ready.shop().request().auth().oauth2(staff).get(escrowPath(order)).then().statusCode(200);
        ready.shop().request().auth().oauth2(staff).body(Map.of("disputed", true)).post(escrowPath(order)
                + "dispute/").then().statusCode(403);
        owner(ready).body(Map.of("reason", "kutu boş")).post(escrowPath(order) + "dispute/").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("disputed"));
        owner(ready).body(Map.of()).post(escrowPath(order) + "release/").then().statusCode(409)
                .body("code", equalTo("escrow_not_delivered"));

        owner(ready).body(Map.of("disputed", true, "reason", "kutu boş")).post(escrowPath(order) + "dispute/")
                .then().statusCode(200).body("escrow.disputed", equalTo(true))
                .body("escrow.dispute_reason", equalTo("kutu boş"));
        owner(ready).body(Map.of("disputed", true)).post(escrowPath(order) + "dispute/").then().statusCode(409)
                .body("code", equalTo("escrow_disputed"));
        deliver(ready, order);
        owner(ready).get(escrowPath(order)).then().body("escrow.status", equalTo("held"))
                .body("escrow.still_held_amount", equalTo("529.90"))
                .body("escrow.delivered_at", notNullValue());
        owner(ready).body(Map.of()).post(escrowPath(order) + "release/").then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("escrow_disputed"))
                .body("detail", notNullValue());
        assertThat(Database.single("select status from escrow_accounts where order_id = ?::uuid", order.id()))
                .isEqualTo("HELD");

        owner(ready).body(Map.of("disputed", false)).post(escrowPath(order) + "dispute/").then().statusCode(200)
                .body("escrow.disputed", equalTo(false))
                .body("escrow.status", equalTo("released"))
                .body("escrow.released_amount", equalTo("529.90"));
        owner(ready).body(Map.of()).post(escrowPath(order) + "release/").then().statusCode(409)
                .body("code", equalTo("escrow_already_released"));
        owner(ready).body(Map.of("disputed", false)).post(escrowPath(order) + "dispute/").then().statusCode(409)
                .body("code", equalTo("escrow_not_disputed"));
        assertThat(Database.column("select kind from escrow_ledger_entries e join escrow_accounts a "
                + "on a.id = e.escrow_id where a.order_id = ?::uuid order by e.position", order.id()))
                .containsExactly("HELD", "DISPUTED", "DELIVERED", "DISPUTE_CLEARED", "RELEASED");
        assertLedgersAddUp(ready.shop().slug());
    }

    @Test
    void staff_release_a_delivered_order_by_hand_when_the_shop_waits_days_after_delivery() {
        Ready ready = escrowShop("escrow-window", 7);
        Placed order = ready.paidOrder("pencere@example.com", 1);
        deliver(ready, order);
        owner(ready).get(escrowPath(order)).then().body("escrow.status", equalTo("held"))
                .body("escrow.release_due_at", notNullValue());
        owner(ready).body(Map.of()).post(escrowPath(order) + "release/").then().statusCode(200)
                .body("escrow.status", equalTo("released"))
                .body("escrow.released_by", equalTo("staff:" + ready.shop().ownerEmail()));
        assertLedgersAddUp(ready.shop().slug());
    }

    @Test
    void an_order_of_a_product_marked_for_escrow_is_held_in_a_shop_without_escrow() {
        Ready ready = AdminShops.open("escrow-product");
        Placed plain = ready.paidOrder("duz@example.com", 1);
        owner(ready).body(Map.of("escrow", true)).patch("/api/staff/products/" + ready.mugId() + "/").then()
                .statusCode(200).body("escrow", equalTo(true));
        Placed held = ready.paidOrder("urun@example.com", 1);
        owner(ready).get(escrowPath(plain)).then().statusCode(404).body("code", equalTo("escrow_not_found"));
        owner(ready).get(escrowPath(held)).then().statusCode(200).body("escrow.status", equalTo("held"));
        assertThat(assertLedgersAddUp(ready.shop().slug())).isEqualTo(1);
    }

    @Test
    void an_order_of_a_shop_without_escrow_gets_no_record() {
        Ready ready = AdminShops.open("escrow-none");
        Placed order = ready.paidOrder("yok@example.com", 1);
        owner(ready).get(escrowPath(order)).then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("escrow_not_found"));
        owner(ready).get("/api/escrow/").then().statusCode(200).body("escrows", empty())
                .body("totals", empty());
        assertThat(assertLedgersAddUp(ready.shop().slug())).isZero();
    }

    @Test
    void repeated_payment_confirmations_write_one_escrow() throws Exception {
        Ready ready = escrowShop("escrow-once", null);
        Placed order = ready.paidOrder("bir@example.com", 1);
        String transaction = Database.single("select transaction_id from payments where order_id = ?::uuid",
                order.id()).toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> ready.shop().request().body(Map.of("transaction_id", transaction,
                    "provider", "sandbox")).post("/api/payments/verify/").statusCode()));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(Database.count("select count(*) from escrow_accounts where order_id = ?::uuid", order.id()))
                .isEqualTo(1);
        assertThat(Database.count("select count(*) from escrow_ledger_entries e join escrow_accounts a "
                + "on a.id = e.escrow_id where a.order_id = ?::uuid", order.id())).isEqualTo(1);
        assertLedgersAddUp(ready.shop().slug());
    }

    @Test
    void the_list_of_held_funds_adds_them_up_and_staff_may_read_it() {
        Ready ready = escrowShop("escrow-list", null);
        Placed one = ready.paidOrder("bir@example.com", 1);
        Placed two = ready.paidOrder("iki@example.com", 2);
        Placed delivered = ready.paidOrder("uc@example.com", 3);
        deliver(ready, delivered);
        String staff = ready.shop().request().body(Map.of("email", ready.member("staff"),
                "password", AdminShops.PASSWORD)).post("/api/staff/auth/login/").path("access_token");

        ready.shop().request().auth().oauth2(staff).get("/api/escrow/?state=held").then().statusCode(200)
                .body("escrows", hasSize(2))
                .body("escrows.order_number", org.hamcrest.Matchers.containsInAnyOrder(one.number(), two.number()))
                .body("escrows[0].ledger", nullValue())
                .body("totals", hasSize(1))
                .body("totals[0].currency", equalTo("TRY"))
                .body("totals[0].count", equalTo(2))
                .body("totals[0].held_amount", equalTo("809.80"))
                .body("totals[0].still_held_amount", equalTo("809.80"))
                .body("pagination.total", equalTo(2));
        owner(ready).get("/api/escrow/").then().body("escrows", hasSize(3))
                .body("totals[0].held_amount", equalTo("1589.70"))
                .body("totals[0].released_amount", equalTo("779.90"))
                .body("totals[0].still_held_amount", equalTo("809.80"));
        owner(ready).get("/api/escrow/?state=kept").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("state"));
        owner(ready).get("/api/escrow/?page_size=500").then().statusCode(400)
                .body("errors[0].field", equalTo("page_size"));
        String customer = ready.shop().request().body(Map.of("email", "meraklı@example.com", "password",
                "customer-password", "first_name", "M", "last_name", "K")).post("/api/auth/register/")
                .path("access_token");
        ready.shop().request().auth().oauth2(customer).get("/api/escrow/").then().statusCode(403);
        ready.shop().request().get("/api/escrow/").then().statusCode(401);
        assertThat(assertLedgersAddUp(ready.shop().slug())).isEqualTo(3);
    }

    @Test
    void another_shop_sees_and_moves_nothing() {
        Ready ready = escrowShop("escrow-mine", null);
        Placed order = ready.paidOrder("benim@example.com", 1);
        Ready other = escrowShop("escrow-other", null);
        owner(other).get(escrowPath(order)).then().statusCode(404).body("code", equalTo("order_not_found"));
        owner(other).body(Map.of("disputed", true)).post(escrowPath(order) + "dispute/").then().statusCode(404);
        owner(other).body(Map.of()).post(escrowPath(order) + "release/").then().statusCode(404);
        owner(other).get("/api/escrow/").then().statusCode(200).body("escrows", empty()).body("totals", empty());
        owner(ready).get(escrowPath(order)).then().body("escrow.status", equalTo("held"))
                .body("escrow.disputed", equalTo(false)).body("escrow.ledger", hasSize(1));
        assertLedgersAddUp(ready.shop().slug());
    }

    @Test
    void the_buyer_reads_that_their_payment_is_held_until_delivery_on_the_order_page_and_in_my_orders() {
        Ready ready = escrowShop("escrow-buyer", null);
        Shop shop = ready.shop();
        String email = "alici@" + shop.slug() + ".test";
        String token = shop.request().body(Map.of("email", email, "password", "buyer-password-1",
                "first_name", "Ayşe", "last_name", "Alıcı")).post("/api/auth/register/").path("access_token");
        String cart = shop.request().auth().oauth2(token).body(Map.of("product_id", ready.mugId(), "quantity", 1))
                .post("/api/cart/add/").then().statusCode(200).extract().path("cart.cart_id");
        String orderId = shop.request().auth().oauth2(token).body(Shop.orderBody(cart, email,
                ready.shippingMethodId())).post("/api/orders/").then().statusCode(201).extract().path("order.id");
        String paymentUrl = shop.request().auth().oauth2(token).body(Map.of("order_id", orderId, "provider",
                "sandbox")).post("/api/payments/create/").then().statusCode(201).extract().path("payment_url");
        Response choice = unredirected(shop).contentType(ContentType.URLENC).accept(ContentType.ANY)
                .formParam("action", "succeed").post(URI.create(paymentUrl).getPath());
        URI orderPage = URI.create(unredirected(shop).get(URI.create(choice.header("Location")).getPath())
                .header("Location"));
        String complete = orderPage.getRawPath() + "?" + orderPage.getRawQuery();
        String mine = "/account/orders/" + orderId;

        html(shop, "tr").get(complete).then().statusCode(200)
                .body(containsString("Ödemeniz teslimata kadar emanette"));
        html(shop, "en").get(complete).then().statusCode(200)
                .body(containsString("Payment held until delivery"));
        html(shop, "ru").get(complete).then().statusCode(200)
                .body(containsString("Оплата удерживается до доставки"));
        html(shop, "tr").cookie("token", token).get(mine).then().statusCode(200)
                .body(containsString("Ödemeniz teslimata kadar emanette"));

        deliver(ready, new Placed(ready, orderId, null, email));
        html(shop, "tr").cookie("token", token).get(mine).then().statusCode(200)
                .body(not(containsString("emanette")));
        assertLedgersAddUp(shop.slug());
    }

    private static io.restassured.specification.RequestSpecification unredirected(Shop shop) {
        return shop.request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false)));
    }

    /** A request for a storefront page in a language (the switch's cookie). */
    private static io.restassured.specification.RequestSpecification html(Shop shop, String language) {
        return shop.request().accept(ContentType.HTML).cookie("lang", language);
    }

    @Test
    void the_escrow_settings_are_checked_and_shown() {
        Ready ready = AdminShops.open("escrow-settings");
        owner(ready).get("/api/staff/shop/").then().statusCode(200)
                .body("shop.escrow_enabled", equalTo(false))
                .body("shop.escrow_auto_release_days", nullValue())
                .body("shop.escrow_release_window_days", nullValue());
        owner(ready).body(Map.of("escrow_auto_release_days", 400)).patch("/api/staff/shop/").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("escrow_auto_release_days"));
        owner(ready).body(Map.of("escrow_enabled", "yes")).patch("/api/staff/shop/").then().statusCode(400);
        owner(ready).get("/api/staff/shop/").then().body("shop.escrow_enabled", equalTo(false));
        owner(ready).body(Map.of("escrow_enabled", true, "escrow_auto_release_days", 14))
                .patch("/api/staff/shop/").then().statusCode(200)
                .body("shop.escrow_enabled", equalTo(true))
                .body("shop.escrow_auto_release_days", equalTo(14))
                .body("shop.escrow_release_window_days", equalTo(14));
        owner(ready).body(Map.of("escrow_auto_release_days", 0)).patch("/api/staff/shop/").then().statusCode(200)
                .body("shop.escrow_auto_release_days", equalTo(0))
                .body("shop.escrow_release_window_days", nullValue());
    }
}
