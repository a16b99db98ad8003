package io.kervan.it.tenancy;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Deployments;
import io.kervan.it.support.KervanTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The Host header decides which shop answers, and whether any does. */
@KervanTest
class TenantResolutionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

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
