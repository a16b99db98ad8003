package io.kervan.it.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/**
 * HTTP calls to the server under test, addressed the way a browser would: to a shop's subdomain of
 * {@code localhost}, or to the bare domain for the platform.
 */
public final class Api {

    /** WildFly's port offset for the server under test: 100 unless {@code -Dit.port-offset=N} (see the pom). */
    public static final int PORT_OFFSET = Integer.getInteger("kervan.it.port-offset", 100);
    public static final int HTTP_PORT = 8080 + PORT_OFFSET;
    public static final int MANAGEMENT_PORT = 9990 + PORT_OFFSET;
    public static final String OPERATOR_EMAIL = "operator@kervan.test";
    public static final String OPERATOR_PASSWORD = "operator-test-password";

    /** Where requests go: the Arquillian-managed server, unless a test points them at a server of its own. */
    private static volatile int serverPort = HTTP_PORT;

    private Api() {
    }

    /** Sends every request to a server on {@code port} until {@link #useTheServerUnderTest()}. */
    public static void useServerOn(int port) {
        serverPort = port;
    }

    public static void useTheServerUnderTest() {
        serverPort = HTTP_PORT;
    }

    /** A request to {@code {slug}.localhost}. */
    public static RequestSpecification shop(String slug) {
        return on(slug + ".localhost:" + serverPort);
    }

    /** A request to the bare base domain, where the platform's endpoints live. */
    public static RequestSpecification platform() {
        return on("localhost:" + serverPort);
    }

    public static RequestSpecification on(String host) {
        return RestAssured.given()
                .baseUri("http://127.0.0.1")
                .port(serverPort)
                .header("Host", host)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static String operatorToken() {
        return platform().body(Map.of("email", OPERATOR_EMAIL, "password", OPERATOR_PASSWORD))
                .post("/api/platform/auth/login/")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** Opens a shop with a fresh slug and returns it with its owner's credentials. */
    public static Shop openShop(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String ownerEmail = "owner@" + slug + ".test";
        String ownerPassword = "owner-password-" + slug;
        platform().auth().oauth2(operatorToken())
                .body(Map.of("slug", slug, "display_name", "Shop " + slug, "default_currency", "TRY",
                        "default_locale", "tr", "owner_email", ownerEmail, "owner_password", ownerPassword))
                .post("/api/platform/tenants/")
                .then().statusCode(201).body("slug", equalTo(slug));
        return new Shop(slug, ownerEmail, ownerPassword);
    }

    /** Opens a shop in the given language. */
    public static Shop openShop(String prefix, String locale) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String ownerEmail = "owner@" + slug + ".test";
        String ownerPassword = "owner-password-" + slug;
        platform().auth().oauth2(operatorToken())
                .body(Map.of("slug", slug, "display_name", "Shop " + slug, "default_currency", "TRY",
                        "default_locale", locale, "owner_email", ownerEmail, "owner_password", ownerPassword))
                .post("/api/platform/tenants/")
                .then().statusCode(201);
        return new Shop(slug, ownerEmail, ownerPassword);
    }

    public record Shop(String slug, String ownerEmail, String ownerPassword) {

        public RequestSpecification request() {
            return shop(slug);
        }

        public String ownerToken() {
            return shop(slug).body(Map.of("email", ownerEmail, "password", ownerPassword))
                    .post("/api/staff/auth/login/")
                    .then().statusCode(200)
                    .extract().path("access_token");
        }

        public RequestSpecification asOwner() {
            return shop(slug).auth().oauth2(ownerToken());
        }

        /** A physical product with this much stock; returns its id. */
        public String addProduct(String token, String sku, String price, int stock) {
            return shop(slug).auth().oauth2(token)
                    .body(Map.of("sku", sku, "name", "Product " + sku, "product_type", "physical", "price", price,
                            "currency", "TRY", "stock", stock))
                    .post("/api/staff/products/")
                    .then().statusCode(201).extract().path("id");
        }

        public String addDigitalProduct(String token, String sku, String price) {
            return shop(slug).auth().oauth2(token)
                    .body(Map.of("sku", sku, "name", "eSIM " + sku, "product_type", "digital", "price", price,
                            "currency", "TRY"))
                    .post("/api/staff/products/")
                    .then().statusCode(201).extract().path("id");
        }

        public String addShippingMethod(String token, String price) {
            return shop(slug).auth().oauth2(token)
                    .body(Map.of("name", "Standard", "carrier", "Aras Kargo", "price", price, "currency", "TRY",
                            "min_days", 1, "max_days", 3))
                    .post("/api/staff/shipping-methods/")
                    .then().statusCode(201).extract().path("id");
        }

        /** Adds to a (new, if {@code cartId} is null) anonymous cart; returns the cart id. */
        public String addToCart(String cartId, String productId, int quantity) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("product_id", productId, "quantity", quantity));
            if (cartId != null) {
                body.put("cart_id", cartId);
            }
            return shop(slug).body(body).post("/api/cart/add/")
                    .then().statusCode(200).extract().path("cart.cart_id");
        }

        /** The body of a guest's POST /api/orders/ for this cart. */
        public static Map<String, Object> orderBody(String cartId, String email, String shippingMethodId) {
            Map<String, Object> body = new java.util.HashMap<>();
            body.put("cart_id", cartId);
            body.put("customer_email", email);
            body.put("customer_first_name", "Ahmet");
            body.put("customer_last_name", "Yılmaz");
            body.put("customer_phone", "+905551234567");
            body.put("shipping_address", Map.of("address_line1", "Test Mahallesi", "city", "Istanbul",
                    "postal_code", "34000", "country", "TR"));
            if (shippingMethodId != null) {
                body.put("shipping_method_id", shippingMethodId);
            }
            return body;
        }
    }
}
