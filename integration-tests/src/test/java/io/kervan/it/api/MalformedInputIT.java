package io.kervan.it.api;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Whatever a client sends, the answer is a 4xx problem that says what is wrong, and nothing is written. */
@KervanTest
class MalformedInputIT {

    private Shop shop;
    private String owner;

    @BeforeEach
    void openShop() {
        shop = Api.openShop("input");
        owner = shop.ownerToken();
    }

    private long customers() {
        return Database.count("select count(*) from customers c join tenants t on t.id = c.tenant_id where t.slug = ?",
                shop.slug());
    }

    private long products() {
        return Database.count("select count(*) from products p join tenants t on t.id = p.tenant_id where t.slug = ?",
                shop.slug());
    }

    @Test
    void broken_json_is_a_400_without_parser_internals() {
        shop.request().body("{\"email\": \"a@b.co\", ").post("/api/auth/register/")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("malformed_request"))
                .body("detail", not(containsString("java")))
                .body("detail", not(containsString("Exception")));
        assertThat(customers()).isZero();
    }

    @Test
    void an_unknown_field_is_named() {
        shop.request().body(Map.of("email", "a@b.co", "password", "long-enough-pw", "first_name", "A",
                        "last_name", "B", "is_admin", true))
                .post("/api/auth/register/")
                .then().statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("errors[0].field", equalTo("is_admin"));
        assertThat(customers()).isZero();
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_naming_it() {
        shop.request().auth().oauth2(owner)
                .body("{\"sku\":\"S1\",\"name\":\"N\",\"product_type\":\"physical\",\"price\":\"cheap\",\"stock\":1}")
                .post("/api/staff/products/")
                .then().statusCode(400).body("code", equalTo("validation_failed"))
                .body("errors[0].field", equalTo("price"));
        shop.request().auth().oauth2(owner)
                .body("{\"sku\":\"S1\",\"name\":\"N\",\"product_type\":\"physical\",\"price\":\"1.00\",\"stock\":[1]}")
                .post("/api/staff/products/")
                .then().statusCode(400);
        assertThat(products()).isZero();
    }

    @Test
    void every_missing_or_invalid_field_is_listed() {
        shop.request().body(Map.of("email", "not-an-email", "password", "short"))
                .post("/api/auth/register/")
                .then().statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItems("email", "password", "first_name", "last_name"));
        shop.request().body(Map.of("email", "ok@example.com", "password", "long-enough-pw", "first_name", "A",
                        "last_name", "B", "phone", "0555 123"))
                .post("/api/auth/register/")
                .then().statusCode(400).body("errors.field", hasItems("phone"));
        assertThat(customers()).isZero();
    }

    @Test
    void an_empty_body_is_a_400() {
        shop.request().post("/api/auth/register/")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        assertThat(customers()).isZero();
    }

    @Test
    void absurd_amounts_and_stock_are_refused() {
        for (Map<String, Object> body : new Map[] {
                Map.of("sku", "S", "name", "N", "product_type", "physical", "price", "1e12", "stock", 1),
                Map.of("sku", "S", "name", "N", "product_type", "physical", "price", "-5.00", "stock", 1),
                Map.of("sku", "S", "name", "N", "product_type", "physical", "price", "1.005", "stock", 1),
                Map.of("sku", "S", "name", "N", "product_type", "physical", "price", "1.00", "stock", -1),
                Map.of("sku", "S", "name", "N", "product_type", "digital", "price", "1.00", "stock", 5),
                Map.of("sku", "S", "name", "N", "product_type", "physical", "price", "1.00", "stock", 1,
                        "currency", "XYZ")}) {
            shop.request().auth().oauth2(owner).body(body).post("/api/staff/products/")
                    .then().statusCode(400).body("code", equalTo("validation_failed"));
        }
        assertThat(products()).isZero();
    }

    @Test
    void an_oversized_body_is_a_413() {
        String huge = "x".repeat(2 * 1024 * 1024);
        shop.request().body(Map.of("email", "big@example.com", "password", "long-enough-pw", "first_name", huge,
                        "last_name", "B"))
                .post("/api/auth/register/")
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("payload_too_large"));
        assertThat(customers()).isZero();
    }

    @Test
    void a_body_that_is_not_json_is_a_415() {
        shop.request().contentType(ContentType.TEXT).body("email=a@b.co").post("/api/auth/register/")
                .then().statusCode(415).body("code", equalTo("unsupported_media_type"));
    }

    @Test
    void unknown_paths_and_methods_are_problems_too() {
        shop.request().get("/api/no-such-thing/").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("not_found"));
        shop.request().get("/no-such-page").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("not_found"));
        shop.request().delete("/api/auth/register/").then().statusCode(405)
                .body("code", equalTo("method_not_allowed"));
    }

    @Test
    void paging_parameters_must_be_sane() {
        shop.request().get("/api/public/products/?page=abc").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        shop.request().get("/api/public/products/?page_size=1000").then().statusCode(400)
                .body("errors[0].field", equalTo("page_size"));
        shop.request().get("/api/public/products/?page=0").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void a_product_id_that_is_not_an_id_finds_nothing() {
        shop.request().get("/api/public/products/not-a-uuid/").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }
}
