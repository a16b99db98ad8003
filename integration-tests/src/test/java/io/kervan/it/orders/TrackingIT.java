package io.kervan.it.orders;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.http.conn.params.ConnRoutePNames;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Anyone with an order number can follow it; nobody can learn who ordered, or harvest numbers. */
@KervanTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrackingIT {

    @Test
    void tracking_shows_the_shipment_and_no_personal_data() {
        Shop shop = Api.openShop("track");
        String owner = shop.ownerToken();
        Placed placed = placeOrder(shop, owner, "secret-person@example.com");
        String number = placed.number();
        String id = placed.id();
        shop.request().auth().oauth2(owner).body(Map.of("status", "confirmed")).patch("/api/orders/" + id + "/");
        shop.request().auth().oauth2(owner).body(Map.of("status", "shipped", "tracking_number", "ARAS123456789"))
                .patch("/api/orders/" + id + "/").then().statusCode(200);

        Response tracked = shop.request().get("/api/orders/track/" + number + "/");
        tracked.then().statusCode(200)
                .body("success", equalTo(true))
                .body("order.order_number", equalTo(number))
                .body("order.status", equalTo("shipped"))
                .body("order.status_display", equalTo("Kargoya Verildi"))
                .body("order.payment_status", equalTo("pending"))
                .body("order.carrier", equalTo("Aras Kargo"))
                .body("order.tracking_number", equalTo("ARAS123456789"))
                .body("order.shipped_at", notNullValue())
                .body("order.total", equalTo("150.00"))
                .body("order.currency", equalTo("TRY"));
        assertThat(tracked.asString()).doesNotContain("secret-person", "Ahmet", "Istanbul", "+90555", id);
        Map<String, Object> order = tracked.path("order");
        assertThat(order.keySet()).containsExactlyInAnyOrder("order_number", "status", "status_display",
                "payment_status", "payment_status_display", "carrier", "tracking_number", "shipped_at", "delivered_at",
                "created_at", "total", "currency");
    }

    @Test
    void a_change_shows_in_tracking_at_once_though_the_order_was_tracked_before() {
        Shop shop = Api.openShop("track-changes");
        String owner = shop.ownerToken();
        Placed placed = placeOrder(shop, owner, "tracked@example.com");
        String number = placed.number();
        String id = placed.id();
        tracksAs(shop, number, "pending");
        tracksAs(shop, number, "pending");

        shop.request().auth().oauth2(owner).body(Map.of("status", "confirmed")).patch("/api/orders/" + id + "/")
                .then().statusCode(200);
        soonTracksAs(shop, number, "confirmed");

        Database.column("update orders set status = 'PROCESSING' where order_number = ? returning id", number);
        soonTracksAs(shop, number, "processing");
    }

    /**
     * The server that made a change forgets its answer before it answers the change, so tracking asked right after
     * never shows the status before it (other servers hear of it within milliseconds).
     */
    @Test
    void tracking_right_after_a_change_shows_the_new_status_every_time() {
        Shop shop = Api.openShop("track-at-once");
        String owner = shop.ownerToken();
        String product = shop.addProduct(owner, "TRK", "150.00", 100);
        String shipping = shop.addShippingMethod(owner, "0.00");
        int stale = 0;
        for (int i = 0; i < 25; i++) {
            String cart = shop.addToCart(null, product, 1);
            ExtractableResponse<Response> placed = shop.request()
                    .body(Shop.orderBody(cart, "at-once@example.com", shipping))
                    .post("/api/orders/").then().statusCode(201).extract();
            String number = placed.path("order.order_number");
            String id = placed.path("order.id");
            for (String status : new String[] {"confirmed", "processing"}) {
                trackFrom("127.0.0." + (10 + i), shop, number).then().statusCode(200);
                shop.request().auth().oauth2(owner).body(Map.of("status", status))
                        .patch("/api/orders/" + id + "/").then().statusCode(200);
                String tracked = trackFrom("127.0.0." + (10 + i), shop, number).then().statusCode(200)
                        .extract().path("order.status");
                if (!status.equals(tracked)) {
                    stale++;
                }
            }
        }
        assertThat(stale).as("tracking answers that showed the status before the change, of 50").isZero();
    }

    /** Tracks from another loopback address, so a test's hundred look-ups stay under the limit per address. */
    private static Response trackFrom(String address, Shop shop, String number) {
        try {
            return shop.request().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                            .setParam(ConnRoutePNames.LOCAL_ADDRESS, InetAddress.getByName(address))))
                    .get("/api/orders/track/" + number + "/");
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Tracking answers from the server's memory, so a change PostgreSQL does not announce (here: made with triggers
     * off) stays unseen while the server hears the announcements; when it cannot, it forgets and reads the database.
     */
    @Test
    void tracking_reads_the_database_while_the_server_cannot_hear_order_changes() {
        Shop shop = Api.openShop("track-deaf");
        String owner = shop.ownerToken();
        String number = placeOrder(shop, owner, "tracked@example.com").number();
        tracksAs(shop, number, "pending");
        changeUnannounced(number, "confirmed");
        tracksAs(shop, number, "pending");

        assertThat(Database.count("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                + "where application_name = 'kervan-changes'")).isPositive();
        soonTracksAs(shop, number, "confirmed");

        await().atMost(Duration.ofSeconds(10)).until(() -> Database.count("select count(*) from pg_stat_activity "
                + "where application_name = 'kervan-changes'") > 0);
        for (int i = 0; i < 60; i++) { // the connection PostgreSQL dropped was never handed to a request
            shop.request().auth().oauth2(owner).get("/api/orders/").then().statusCode(200);
        }
        tracksAs(shop, number, "confirmed");
        changeUnannounced(number, "processing");
        tracksAs(shop, number, "confirmed");
        Database.column("update orders set status = 'SHIPPED' where order_number = ? returning id", number);
        soonTracksAs(shop, number, "shipped");
    }

    private record Placed(String number, String id) {
    }

    private static Placed placeOrder(Shop shop, String owner, String email) {
        String cart = shop.addToCart(null, shop.addProduct(owner, "TRK", "150.00", 5), 1);
        ExtractableResponse<Response> placed = shop.request()
                .body(Shop.orderBody(cart, email, shop.addShippingMethod(owner, "0.00")))
                .post("/api/orders/").then().statusCode(201).extract();
        return new Placed(placed.path("order.order_number"), placed.path("order.id"));
    }

    private static void tracksAs(Shop shop, String number, String status) {
        shop.request().get("/api/orders/track/" + number + "/").then().statusCode(200)
                .body("order.status", equalTo(status));
    }

    /** PostgreSQL announces a committed change to the servers within milliseconds; the test allows a second. */
    private static void soonTracksAs(Shop shop, String number, String status) {
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> tracksAs(shop, number, status));
    }

    private static void changeUnannounced(String number, String status) {
        Database.execute("set session_replication_role = replica", "update orders set status = '"
                + status.toUpperCase(Locale.ROOT) + "' where order_number = '" + number + "'");
    }

    @Test
    void unknown_and_malformed_numbers_are_404() {
        Shop shop = Api.openShop("track-unknown");
        shop.request().get("/api/orders/track/ORD-NOPE-20260101-ABCDEF12/").then().statusCode(404)
                .body("code", equalTo("order_not_found"));
        shop.request().get("/api/orders/track/' or 1=1 --/").then().statusCode(404);
    }

    @Test
    @Order(Integer.MAX_VALUE) // spends this address's allowance, so it runs last
    void tracking_is_rate_limited_per_client_address() {
        Shop shop = Api.openShop("track-limit");
        // 60 per minute are allowed; 125 requests overflow a window even if a minute boundary falls inside.
        Response limited = null;
        for (int i = 0; i < 125 && limited == null; i++) {
            Response response = shop.request().get("/api/orders/track/ORD-NOPE-20260101-ABCDEF12/");
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(404);
            }
        }
        assertThat(limited).as("a 429 within 125 requests").isNotNull();
        limited.then().body("code", equalTo("too_many_requests"));
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
    }
}
