package io.kervan.it.payments;

import io.kervan.devkit.simulators.StripeSimulator;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.restassured.response.Response;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test-JVM side of the Stripe refund tests: a shop whose Stripe integration points at the simulator, an order of
 * 220.00 TRY paid on Stripe's hosted page, refunds asked by the owner, and a way to make the transaction that records
 * a refund fail after Stripe has refunded: a PostgreSQL trigger, installed through the test's own connection, that
 * raises when one of that payment's refunds is written as anything but {@code requested}. Nothing in Kervan knows
 * about it.
 */
final class StripeRefunds {

    private StripeRefunds() {
    }

    record Paid(Shop shop, String owner, String orderId, String paymentId, String session) {

        Response refund(Map<String, Object> body) {
            return shop.request().auth().oauth2(owner).body(body).post("/api/payments/" + paymentId + "/refund/");
        }

        String orderState() {
            return Database.single("select status || '/' || payment_status from orders where id = ?::uuid", orderId)
                    .toString();
        }

        /** The payment's refunds as Kervan recorded them: {@code STATUS amount}, oldest first. */
        java.util.List<Object> recordedRefunds() {
            return Database.column("select status || ' ' || amount from refunds where payment_id = ?::uuid "
                    + "order by created_at", paymentId);
        }

        String refundedAmount() {
            return Database.single("select refunded_amount::text from payments where id = ?::uuid", paymentId)
                    .toString();
        }

        /**
         * From now on, the transaction that records Stripe's refund of this payment fails, as a crash after Stripe's
         * answer would: any write of one of its refunds as other than requested raises.
         */
        void breakSettling() {
            Database.execute("create or replace function it_break_refund_settling() returns trigger "
                            + "language plpgsql as $$ begin "
                            + "if coalesce(to_jsonb(new) ->> 'status', '') <> 'REQUESTED' then "
                            + "raise exception 'the transaction recording the refund broke'; end if; "
                            + "return new; end $$",
                    "create trigger " + trigger() + " before insert or update on refunds for each row when "
                            + "(new.payment_id = '" + paymentId + "') execute function it_break_refund_settling()");
        }

        void mendSettling() {
            Database.execute("drop trigger " + trigger() + " on refunds");
        }

        private String trigger() {
            return "it_break_settling_" + paymentId.replace("-", "");
        }
    }

    /** A shop with Stripe (in test mode, on the simulator) and an order of 205.00 + 15.00 shipping, paid. */
    static Paid paidOrder(StripeSimulator stripe, String prefix) {
        Shop shop = Api.openShop(prefix);
        String owner = shop.ownerToken();
        Map<String, Object> config = new HashMap<>(Map.of("return_url", "https://" + shop.slug() + ".example/thanks",
                "cancel_url", "https://" + shop.slug() + ".example/cart"));
        shop.request().auth().oauth2(owner).body(Map.of("provider_type", "stripe", "name", "Stripe",
                        "status", "test_mode", "api_key", "sk_test_" + UUID.randomUUID().toString().replace("-", ""),
                        "test_endpoint", stripe.baseUrl(), "api_endpoint", "https://api.stripe.com", "config", config))
                .post("/api/integrations/").then().statusCode(201);
        String cart = shop.addToCart(null, shop.addProduct(owner, "RFD", "205.00", 5), 1);
        String orderId = shop.request().body(Shop.orderBody(cart, "refund-buyer@example.com",
                shop.addShippingMethod(owner, "15.00"))).post("/api/orders/").then().statusCode(201)
                .extract().path("order.id");
        Response created = shop.request().body(Map.of("order_id", orderId, "provider", "stripe"))
                .post("/api/payments/create/");
        created.then().statusCode(201);
        assertThat(created.<String>path("payment.amount")).isEqualTo("220.00");
        assertThat(choose(created.path("payment_url"))).isEqualTo(303);
        shop.request().body(Map.of("transaction_id", created.path("transaction_id"), "provider", "stripe"))
                .post("/api/payments/verify/").then().statusCode(200);
        Paid paid = new Paid(shop, owner, orderId, created.path("payment.id"), created.path("transaction_id"));
        assertThat(paid.orderState()).isEqualTo("CONFIRMED/PAID");
        return paid;
    }

    private static int choose(String paymentUrl) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(paymentUrl))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("action=succeed")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
