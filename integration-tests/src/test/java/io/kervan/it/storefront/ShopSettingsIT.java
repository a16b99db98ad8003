package io.kervan.it.storefront;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** {@code GET/PATCH /api/staff/shop/}: how a shop's pages look, set by its owner and admins, shown at once. */
@KervanTest
class ShopSettingsIT {

    @Test
    void the_owner_restyles_the_shop_and_its_pages_show_it_at_once() {
        Shop shop = Api.openShop("look", "tr");
        shop.asOwner().get("/api/staff/shop/").then().statusCode(200)
                .body("shop.display_name", equalTo("Shop " + shop.slug()))
                .body("shop.logo_url", nullValue()).body("shop.primary_color", nullValue())
                .body("shop.default_locale", equalTo("tr")).body("shop.default_currency", equalTo("TRY"));

        shop.asOwner().body(Map.of("display_name", "Çay Evi", "logo_url", "https://cdn.example.com/logo.png",
                        "primary_color", "#AA3300", "default_locale", "en"))
                .patch("/api/staff/shop/").then().statusCode(200)
                .body("shop.display_name", equalTo("Çay Evi"))
                .body("shop.logo_url", equalTo("https://cdn.example.com/logo.png"))
                .body("shop.primary_color", equalTo("#aa3300"))
                .body("shop.default_locale", equalTo("en"));

        shop.request().accept("text/html").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("<title>Çay Evi</title>"),
                        containsString("--brand:#aa3300"), containsString("src=\"https://cdn.example.com/logo.png\""));

        shop.asOwner().body(Map.of("logo_url", "", "primary_color", "")).patch("/api/staff/shop/").then()
                .statusCode(200).body("shop.logo_url", nullValue()).body("shop.primary_color", nullValue())
                .body("shop.display_name", equalTo("Çay Evi"));
        shop.request().accept("text/html").get("/").then()
                .body(containsString("--brand:#1c5d99"), not(containsString("cdn.example.com")));
    }

    @Test
    void a_logo_on_this_machine_may_be_plain_http_elsewhere_only_https() {
        Shop shop = Api.openShop("logo");
        shop.asOwner().body(Map.of("logo_url", "http://127.0.0.1:8080/logo.png")).patch("/api/staff/shop/")
                .then().statusCode(200);
        shop.asOwner().body(Map.of("logo_url", "http://demo.localhost:8080/logo.png")).patch("/api/staff/shop/")
                .then().statusCode(200);
        shop.asOwner().body(Map.of("logo_url", "http://cdn.example.com/logo.png")).patch("/api/staff/shop/")
                .then().statusCode(400).body("code", equalTo("validation_failed"))
                .body("errors.field", hasItem("logo_url"));
        shop.asOwner().body(Map.of("logo_url", "javascript:alert(1)")).patch("/api/staff/shop/")
                .then().statusCode(400).body("errors.field", hasItem("logo_url"));
    }

    @Test
    void bad_settings_are_refused_naming_each_field_and_nothing_is_written() {
        Shop shop = Api.openShop("badlook");
        shop.asOwner().body(Map.of("display_name", "", "primary_color", "red", "default_locale", "de",
                        "logo_url", "ftp://x"))
                .patch("/api/staff/shop/").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItem("display_name")).body("errors.field", hasItem("primary_color"))
                .body("errors.field", hasItem("default_locale")).body("errors.field", hasItem("logo_url"));
        shop.asOwner().body("[]").patch("/api/staff/shop/").then().statusCode(400);
        org.assertj.core.api.Assertions.assertThat(Database.single("select coalesce(primary_color, '-') || "
                + "display_name || default_locale from tenants where slug = ?", shop.slug()))
                .isEqualTo("-Shop " + shop.slug() + "tr");
    }

    @Test
    void only_owners_and_admins_of_the_shop_itself_may_read_or_change_its_settings() {
        Shop shop = Api.openShop("whose");
        Shop other = Api.openShop("other");
        shop.request().get("/api/staff/shop/").then().statusCode(401);
        shop.request().auth().oauth2(other.ownerToken()).get("/api/staff/shop/").then().statusCode(401)
                .body("code", equalTo("tenant_mismatch"));
        shop.asOwner().body(Map.of("email", "staff@" + shop.slug() + ".test", "password", "staff-password-1",
                "full_name", "Staff", "role", "staff")).post("/api/staff/members/").then().statusCode(201);
        String staff = shop.request().body(Map.of("email", "staff@" + shop.slug() + ".test",
                "password", "staff-password-1")).post("/api/staff/auth/login/").then().statusCode(200)
                .extract().path("access_token");
        shop.request().auth().oauth2(staff).get("/api/staff/shop/").then().statusCode(403);
        shop.request().auth().oauth2(staff).body(Map.of("display_name", "Hacked")).patch("/api/staff/shop/")
                .then().statusCode(403);
        other.asOwner().get("/api/staff/shop/").then().body("shop.display_name", equalTo("Shop " + other.slug()));
    }
}
