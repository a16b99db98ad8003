package io.kervan.it.tenancy;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The Host header decides which shop answers, and whether any does. */
@KervanTest
class TenantResolutionIT {

    @Test
    void a_known_shop_answers_on_its_subdomain_with_and_without_trailing_slash() {
        Shop shop = Api.openShop("known");
        shop.request().get("/api/public/products/").then().statusCode(200).body("success", equalTo(true));
        shop.request().get("/api/public/products").then().statusCode(200).body("pagination.total", equalTo(0));
    }

    @Test
    void an_unknown_subdomain_is_a_404_problem() {
        Api.shop("no-such-shop").get("/api/public/products/")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("tenant_not_found"))
                .body("status", equalTo(404));
    }

    @Test
    void a_suspended_shop_answers_like_an_unknown_one_until_it_is_reactivated() {
        Shop shop = Api.openShop("suspended");
        String operator = Api.operatorToken();
        Api.platform().auth().oauth2(operator).post("/api/platform/tenants/" + shop.slug() + "/suspend/")
                .then().statusCode(200).body("status", equalTo("suspended"));

        shop.request().get("/api/public/products/")
                .then().statusCode(404).body("code", equalTo("tenant_not_found"));
        shop.request().body("{\"email\":\"" + shop.ownerEmail() + "\",\"password\":\"" + shop.ownerPassword() + "\"}")
                .post("/api/staff/auth/login/")
                .then().statusCode(404).body("code", equalTo("tenant_not_found"));

        Api.platform().auth().oauth2(operator).post("/api/platform/tenants/" + shop.slug() + "/activate/")
                .then().statusCode(200).body("status", equalTo("active"));
        shop.request().get("/api/public/products/").then().statusCode(200);
    }

    @Test
    void suspending_a_shop_ends_its_tokens_so_that_reactivation_does_not_revive_them() {
        Shop shop = Api.openShop("suspended-tokens");
        Shop bystander = Api.openShop("bystander");
        String owner = shop.ownerToken();
        String customer = shop.request().body(Map.of("email", "loyal@example.com", "password", "customer-password",
                "first_name", "Ahmet", "last_name", "Yılmaz")).post("/api/auth/register/")
                .then().statusCode(201).extract().path("access_token");
        String otherOwner = bystander.ownerToken();
        String operator = Api.operatorToken();

        Api.platform().auth().oauth2(operator).post("/api/platform/tenants/" + shop.slug() + "/suspend/")
                .then().statusCode(200);
        Api.platform().auth().oauth2(operator).post("/api/platform/tenants/" + shop.slug() + "/activate/")
                .then().statusCode(200);

        shop.request().auth().oauth2(owner).get("/api/orders/")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("token_revoked"));
        shop.request().auth().oauth2(customer).get("/api/cart/")
                .then().statusCode(401).body("code", equalTo("token_revoked"));
        shop.request().auth().oauth2(shop.ownerToken()).get("/api/orders/").then().statusCode(200);
        shop.request().body(Map.of("email", "loyal@example.com", "password", "customer-password"))
                .post("/api/auth/login/").then().statusCode(200);
        bystander.request().auth().oauth2(otherOwner).get("/api/orders/").then().statusCode(200);
    }

    /** As on another node: the change reaches this node's cache of shops through PostgreSQL, not after its TTL. */
    @Test
    void a_suspension_written_by_another_node_takes_effect_at_once() {
        Shop shop = Api.openShop("suspended-elsewhere");
        shop.request().get("/api/public/products/").then().statusCode(200);

        Database.execute("update tenants set status = 'SUSPENDED', token_version = token_version + 1 "
                + "where slug = '" + shop.slug() + "'");

        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50)).until(() ->
                shop.request().get("/api/public/products/").statusCode() == 404);
    }

    @Test
    void shop_endpoints_are_not_served_on_the_bare_domain() {
        Api.platform().get("/api/public/products/")
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("wrong_host"));
    }

    @Test
    void platform_endpoints_are_not_served_on_a_shop_subdomain() {
        Shop shop = Api.openShop("noplatform");
        shop.request().body("{\"email\":\"" + Api.OPERATOR_EMAIL + "\",\"password\":\"" + Api.OPERATOR_PASSWORD + "\"}")
                .post("/api/platform/auth/login/")
                .then().statusCode(404).body("code", equalTo("wrong_host"));
    }

    @Test
    void a_foreign_host_is_answered_by_no_shop() {
        Api.on("shop.example.org").get("/api/public/products/")
                .then().statusCode(404).body("code", equalTo("tenant_not_found"));
    }
}
