package io.kervan.it.platform;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** Operators open and run shops on the bare domain; the server reports its readiness and describes its API. */
@KervanTest
class PlatformIT {

    private static Map<String, Object> newShop(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("display_name", "Shop");
        body.put("owner_email", "owner@" + slug + ".test");
        body.put("owner_password", "owner-password");
        return body;
    }

    @Test
    void an_opened_shop_is_listed_and_its_owner_signs_in_on_its_subdomain() {
        Shop shop = Api.openShop("opened");
        Api.platform().auth().oauth2(Api.operatorToken()).get("/api/platform/tenants/")
                .then().statusCode(200).body("tenants.slug", hasItem(shop.slug()));
        Api.platform().auth().oauth2(Api.operatorToken()).get("/api/platform/tenants/" + shop.slug() + "/")
                .then().statusCode(200)
                .body("status", equalTo("active"))
                .body("default_currency", equalTo("TRY"))
                .body("default_locale", equalTo("tr"));
        shop.request().body(Map.of("email", shop.ownerEmail(), "password", shop.ownerPassword()))
                .post("/api/staff/auth/login/")
                .then().statusCode(200).body("account.roles[0]", equalTo("owner"));
    }

    @Test
    void a_taken_slug_is_a_conflict_and_writes_nothing() {
        Shop shop = Api.openShop("taken");
        Map<String, Object> again = newShop(shop.slug());
        again.put("owner_email", "second-owner@example.com");
        Api.platform().auth().oauth2(Api.operatorToken()).body(again).post("/api/platform/tenants/")
                .then().statusCode(409).body("code", equalTo("slug_taken"));
        assertThat(Database.count("select count(*) from staff_members where email = ?", "second-owner@example.com"))
                .isZero();
    }

    @Test
    void invalid_and_reserved_slugs_are_refused_by_name() {
        String operator = Api.operatorToken();
        for (String slug : new String[] {"Bad Slug", "-dash", "a", "admin", "www"}) {
            Api.platform().auth().oauth2(operator).body(newShop(slug)).post("/api/platform/tenants/")
                    .then().statusCode(400)
                    .body("code", equalTo("validation_failed"))
                    .body("errors.field", hasItem("slug"));
        }
        Map<String, Object> badCurrency = newShop("good-slug-cur");
        badCurrency.put("default_currency", "XXZ");
        Api.platform().auth().oauth2(operator).body(badCurrency).post("/api/platform/tenants/")
                .then().statusCode(400).body("errors[0].field", equalTo("currency"));
        assertThat(Database.count("select count(*) from tenants where slug in ('admin', 'www', 'good-slug-cur')"))
                .isZero();
    }

    @Test
    void only_operators_manage_shops() {
        Api.platform().get("/api/platform/tenants/")
                .then().statusCode(401).body("code", equalTo("authentication_required"));
        Api.platform().body(Map.of("email", Api.OPERATOR_EMAIL, "password", "wrong-password"))
                .post("/api/platform/auth/login/")
                .then().statusCode(401).body("code", equalTo("invalid_credentials"));
        Api.platform().body(newShop("nobody-opens")).post("/api/platform/tenants/")
                .then().statusCode(401);
        assertThat(Database.count("select count(*) from tenants where slug = 'nobody-opens'")).isZero();
    }

    @Test
    void readiness_reports_the_database() {
        Api.platform().get("/api/platform/ready/")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
        RestAssured.given().baseUri("http://127.0.0.1").port(Api.MANAGEMENT_PORT)
                .get("/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void the_openapi_document_describes_the_api_in_snake_case() {
        Api.platform().accept("application/json").get("/openapi?format=JSON")
                .then().statusCode(200)
                .body("paths", hasKey("/api/public/products"))
                .body("paths", hasKey("/api/platform/tenants"))
                .body("components.schemas.ProductView.properties", hasKey("in_stock"))
                .body("components.schemas.RegisterRequest.properties", hasKey("first_name"))
                .body("components.securitySchemes.jwt", notNullValue());
    }
}
