package io.kervan.it.esim;

import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Shops whose customers own eSIMs, for the "My eSIMs" and usage tests: a shop connected to an eSIM Go simulator with
 * an API key of its own, customers who place orders, and eSIMs bought on the simulator with the shop's key (real
 * ICCIDs the simulator reports usage for) recorded against those orders as fulfillment records them.
 */
final class EsimOwners {

    private EsimOwners() {
    }

    record EsimShop(Shop shop, String owner, String integrationId, String apiKey, String productId) {

        String tenantId() {
            return Database.single("select id::text from tenants where slug = ?", shop.slug()).toString();
        }

        String callbackUrl() {
            return "http://127.0.0.1:" + Api.HTTP_PORT + "/api/webhooks/esimgo/" + integrationId + "/";
        }

        String host() {
            return shop.slug() + ".localhost";
        }

        Customer register(String email) {
            String token = EsimOwners.register(shop, email);
            String id = shop.request().auth().oauth2(token).get("/api/auth/me/").then().statusCode(200)
                    .extract().path("id");
            return new Customer(this, token, id, email);
        }
    }

    record Customer(EsimShop shop, String token, String id, String email) {

        RequestSpecification request() {
            return shop.shop().request().auth().oauth2(token);
        }

        /** Places an order for the shop's eSIM product; answers its id. */
        String placeOrder() {
            String cart = request().body(Map.of("product_id", shop.productId(), "quantity", 1))
                    .post("/api/cart/add/").then().statusCode(200).extract().path("cart.cart_id");
            return request().body(Shop.orderBody(cart, email, null)).post("/api/orders/")
                    .then().statusCode(201).extract().path("order.id");
        }
    }

    /** An eSIM as recorded: its row id and what eSIM Go knows it by. */
    record OwnedEsim(String id, String iccid, String matchingId, String smdpAddress, String bundle) {

        String lpa() {
            return "LPA:1$" + smdpAddress + "$" + matchingId;
        }
    }

    /** Registers a customer at the shop; answers their token. */
    static String register(Shop shop, String email) {
        return shop.request().body(Map.of("email", email, "password", "customer-password", "first_name", "Ayşe",
                        "last_name", "Demir"))
                .post("/api/auth/register/").then().statusCode(201).extract().path("access_token");
    }

    static EsimShop open(String prefix, EsimGoSimulator esimGo) {
        Shop shop = Api.openShop(prefix);
        String owner = shop.ownerToken();
        String apiKey = prefix + "-key-" + UUID.randomUUID();
        esimGo.addApiKey(apiKey);
        String integration = shop.request().auth().oauth2(owner).body(Map.of("provider_type", "esimgo",
                        "name", "eSIM Go (UAT)", "status", "test_mode", "api_key", apiKey,
                        "test_endpoint", esimGo.baseUrl(), "api_endpoint", "https://api.esim-go.com/v2.4",
                        "config", Map.of("currency", "USD")))
                .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");
        EsimShops.remember(shop, owner, integration);
        String product = shop.addDigitalProduct(owner, "esim_1GB_7D_TR_V2", "4.99");
        return new EsimShop(shop, owner, integration, apiKey, product);
    }

    /**
     * Buys {@code bundle} on the simulator with the shop's key and records the eSIM against the customer's order (a
     * fulfillment row for the order, then the eSIM), the way fulfillment stores what eSIM Go answered.
     */
    static OwnedEsim buy(EsimGoSimulator esimGo, Customer customer, String orderId, String bundle) {
        JsonPath answer = RestAssured.given().baseUri(esimGo.baseUrl()).header("X-API-Key", customer.shop().apiKey())
                .contentType(ContentType.JSON)
                .body(Map.of("type", "transaction", "assign", true,
                        "order", List.of(Map.of("type", "bundle", "item", bundle, "quantity", 1))))
                .post("/orders").then().statusCode(200).extract().jsonPath();
        String reference = answer.getString("orderReference");
        Map<String, String> esim = answer.getMap("order[0].esims[0]");
        String tenant = customer.shop().tenantId();
        Object fulfillment = Database.column("select id from esim_fulfillments where order_id = ?::uuid", orderId)
                .stream().findFirst().orElseGet(() -> Database.single("insert into esim_fulfillments (id, tenant_id, "
                        + "order_id, status, items, provider_reference, attempts, created_at, updated_at, "
                        + "delivered_at) values (gen_random_uuid(), ?::uuid, ?::uuid, 'DELIVERED', ?, ?, 1, now(), "
                        + "now(), now()) returning id", tenant, orderId, bundle + ":1", reference));
        String id = Database.single("insert into esims (id, tenant_id, fulfillment_id, order_id, customer_id, iccid, "
                        + "matching_id, smdp_address, bundle_name, countries, provider_reference, profile_status, "
                        + "created_at) values (gen_random_uuid(), ?::uuid, ?, ?::uuid, ?::uuid, ?, ?, ?, ?, "
                        + "array['TR'], ?, 'Released', clock_timestamp()) returning id::text", tenant, fulfillment,
                orderId, customer.id(), esim.get("iccid"), esim.get("matchingId"), esim.get("smdpAddress"), bundle,
                reference).toString();
        return new OwnedEsim(id, esim.get("iccid"), esim.get("matchingId"), esim.get("smdpAddress"), bundle);
    }

    /** One of the eSIM's usage columns, straight from the database. */
    static Object usage(OwnedEsim esim, String column) {
        return Database.single("select " + column + " from esims where id = ?::uuid", esim.id());
    }
}
