package io.kervan.it.identity;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.kervan.it.identity.Sessions.CUSTOMER_PASSWORD;
import static io.kervan.it.identity.Sessions.STAFF_PASSWORD;
import static io.kervan.it.identity.Sessions.ended;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Signing out and changing the password end the account's earlier tokens, on every device; new ones work. */
@KervanTest
class SignOutAndPasswordChangeIT {

    private static String passwordHash(String table, String email) {
        return (String) Database.single("select password_hash from " + table + " where email = ?", email);
    }

    @Test
    void a_customer_who_signs_out_ends_the_tokens_of_every_device_and_can_sign_in_again() {
        Shop shop = Api.openShop("signout");
        String email = "leaving@" + shop.slug() + ".test";
        String phone = Sessions.registerCustomer(shop, email);
        String laptop = Sessions.customerToken(shop, email, CUSTOMER_PASSWORD);
        shop.request().auth().oauth2(laptop).get("/api/cart/").then().statusCode(200);

        shop.request().auth().oauth2(phone).post("/api/auth/logout/").then().statusCode(204);

        ended(shop.request().auth().oauth2(phone).get("/api/cart/").then());
        ended(shop.request().auth().oauth2(laptop).get("/api/auth/me/").then());
        ended(shop.request().auth().oauth2(laptop).post("/api/auth/logout/").then());
        String again = Sessions.customerToken(shop, email, CUSTOMER_PASSWORD);
        shop.request().auth().oauth2(again).get("/api/cart/").then().statusCode(200);
        shop.request().auth().oauth2(again).get("/api/auth/me/").then().statusCode(200).body("email", equalTo(email));
    }

    @Test
    void a_staff_member_who_signs_out_ends_only_their_own_tokens() {
        Shop shop = Api.openShop("staff-out");
        Sessions.addStaff(shop, "clerk@" + shop.slug() + ".test", "staff");
        String clerk = Sessions.staffToken(shop, "clerk@" + shop.slug() + ".test", STAFF_PASSWORD);
        String owner = shop.ownerToken();

        shop.request().auth().oauth2(clerk).post("/api/staff/auth/logout/").then().statusCode(204);

        ended(shop.request().auth().oauth2(clerk).get("/api/orders/").then());
        shop.request().auth().oauth2(owner).get("/api/orders/").then().statusCode(200);
        String again = Sessions.staffToken(shop, "clerk@" + shop.slug() + ".test", STAFF_PASSWORD);
        shop.request().auth().oauth2(again).get("/api/orders/").then().statusCode(200);
    }

    @Test
    void signing_out_needs_a_token_of_the_realm() {
        Shop shop = Api.openShop("out-anon");
        shop.request().post("/api/auth/logout/")
                .then().statusCode(401).body("code", equalTo("authentication_required"));
        shop.request().auth().oauth2(shop.ownerToken()).post("/api/auth/logout/")
                .then().statusCode(403).body("code", equalTo("forbidden"));
        String customer = Sessions.registerCustomer(shop, "realm@" + shop.slug() + ".test");
        shop.request().auth().oauth2(customer).post("/api/staff/auth/logout/")
                .then().statusCode(403).body("code", equalTo("forbidden"));
        shop.request().auth().oauth2(customer).get("/api/cart/").then().statusCode(200);
    }

    @Test
    void a_password_change_ends_the_other_tokens_and_answers_with_a_working_one() {
        Shop shop = Api.openShop("pw-change");
        String email = "changer@" + shop.slug() + ".test";
        String first = Sessions.registerCustomer(shop, email);
        String second = Sessions.customerToken(shop, email, CUSTOMER_PASSWORD);

        String fresh = shop.request().auth().oauth2(first)
                .body(Map.of("current_password", CUSTOMER_PASSWORD, "new_password", "a-brand-new-password"))
                .post("/api/auth/password/")
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("account.email", equalTo(email))
                .extract().path("access_token");

        ended(shop.request().auth().oauth2(first).get("/api/cart/").then());
        ended(shop.request().auth().oauth2(second).get("/api/cart/").then());
        shop.request().auth().oauth2(fresh).get("/api/cart/").then().statusCode(200);
        shop.request().body(Map.of("email", email, "password", CUSTOMER_PASSWORD)).post("/api/auth/login/")
                .then().statusCode(401).body("code", equalTo("invalid_credentials"));
        Sessions.customerToken(shop, email, "a-brand-new-password");
    }

    @Test
    void a_staff_password_change_works_like_a_customers() {
        Shop shop = Api.openShop("pw-staff");
        String before = shop.ownerToken();
        String fresh = shop.request().auth().oauth2(before)
                .body(Map.of("current_password", shop.ownerPassword(), "new_password", "owner-new-password"))
                .post("/api/staff/auth/password/")
                .then().statusCode(200).body("account.roles", hasItem("owner")).extract().path("access_token");

        ended(shop.request().auth().oauth2(before).get("/api/staff/members/").then());
        shop.request().auth().oauth2(fresh).get("/api/staff/members/").then().statusCode(200);
        Sessions.staffToken(shop, shop.ownerEmail(), "owner-new-password");
    }

    @Test
    void a_wrong_current_password_changes_nothing_and_counts_towards_the_sign_in_lock() {
        Shop shop = Api.openShop("pw-wrong");
        String email = "guessed@" + shop.slug() + ".test";
        String token = Sessions.registerCustomer(shop, email);
        String stored = passwordHash("customers", email);

        for (int attempt = 1; attempt <= 5; attempt++) {
            shop.request().auth().oauth2(token)
                    .body(Map.of("current_password", "guess-number-" + attempt, "new_password", "stolen-password-1"))
                    .post("/api/auth/password/")
                    .then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("wrong_current_password"))
                    .body("errors[0].field", equalTo("current_password"));
        }

        shop.request().body(Map.of("email", email, "password", CUSTOMER_PASSWORD)).post("/api/auth/login/")
                .then().statusCode(429).body("code", equalTo("too_many_requests"));
        shop.request().auth().oauth2(token)
                .body(Map.of("current_password", CUSTOMER_PASSWORD, "new_password", "stolen-password-1"))
                .post("/api/auth/password/")
                .then().statusCode(429);
        assertThat(passwordHash("customers", email)).isEqualTo(stored);
        shop.request().auth().oauth2(token).get("/api/cart/").then().statusCode(200);
    }

    @Test
    void bad_password_changes_are_a_400_and_write_nothing() {
        Shop shop = Api.openShop("pw-bad");
        String email = "careful@" + shop.slug() + ".test";
        String token = Sessions.registerCustomer(shop, email);
        String stored = passwordHash("customers", email);

        shop.request().auth().oauth2(token)
                .body(Map.of("current_password", CUSTOMER_PASSWORD, "new_password", "short"))
                .post("/api/auth/password/")
                .then().statusCode(400).body("code", equalTo("validation_failed"))
                .body("errors.field", hasItem("new_password"));
        shop.request().auth().oauth2(token).body(Map.of("new_password", "long-enough-password"))
                .post("/api/auth/password/")
                .then().statusCode(400).body("errors.field", hasItem("current_password"));
        shop.request().auth().oauth2(token).body(Map.of("current_password", CUSTOMER_PASSWORD,
                        "new_password", "long-enough-password", "password", "typo"))
                .post("/api/auth/password/")
                .then().statusCode(400);
        shop.request().auth().oauth2(token).body(Map.of("current_password", CUSTOMER_PASSWORD,
                        "new_password", "x".repeat(129)))
                .post("/api/auth/password/")
                .then().statusCode(400).body("errors.field", hasItem("new_password"));

        assertThat(passwordHash("customers", email)).isEqualTo(stored);
        shop.request().auth().oauth2(token).get("/api/cart/").then().statusCode(200);
    }

    /** As another node would: the version is raised behind this node's back, and it hears of it at once. */
    @Test
    void tokens_ended_by_another_writer_are_refused_as_soon_as_postgresql_announces_it() {
        Shop shop = Api.openShop("pw-notify");
        String owner = shop.ownerToken();
        shop.request().auth().oauth2(owner).get("/api/orders/").then().statusCode(200);

        Database.execute("update staff_members set token_version = token_version + 1 where email = '"
                + shop.ownerEmail() + "'");

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).until(() ->
                shop.request().auth().oauth2(owner).get("/api/orders/").statusCode() == 401);
        ended(shop.request().auth().oauth2(owner).get("/api/orders/").then());
        shop.request().auth().oauth2(shop.ownerToken()).get("/api/orders/").then().statusCode(200);
    }
}
