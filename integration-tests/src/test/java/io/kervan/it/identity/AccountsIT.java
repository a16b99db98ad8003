package io.kervan.it.identity;

import io.kervan.identity.domain.PasswordHash;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.kervan.it.support.TestEnvironment;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

/** Customers register and sign in per shop; staff sign in with roles; tokens work only where they were issued. */
@KervanTest
class AccountsIT {

    private static Map<String, Object> customer(String email) {
        return Map.of("email", email, "password", "customer-password", "first_name", "Ahmet",
                "last_name", "Yılmaz", "phone", "+905551234567");
    }

    private static Map<String, Object> credentials(String email, String password) {
        return Map.of("email", email, "password", password);
    }

    @Test
    void a_customer_registers_signs_in_and_the_token_names_the_shop() {
        Shop shop = Api.openShop("accounts");
        shop.request().body(customer("Ahmet@Example.com")).post("/api/auth/register/")
                .then().statusCode(201)
                .body("token_type", equalTo("Bearer"))
                .body("access_token", not(emptyOrNullString()))
                .body("account.email", equalTo("ahmet@example.com"))
                .body("account.roles", contains("customer"))
                .body("account.tenant", equalTo(shop.slug()));

        String token = shop.request().body(credentials("ahmet@example.com", "customer-password"))
                .post("/api/auth/login/")
                .then().statusCode(200).extract().path("access_token");
        shop.request().auth().oauth2(token).get("/api/auth/me/")
                .then().statusCode(200)
                .body("email", equalTo("ahmet@example.com"))
                .body("tenant", equalTo(shop.slug()))
                .body("roles", contains("customer"));
    }

    @Test
    void passwords_are_stored_only_as_salted_hashes_of_the_configured_cost() {
        Shop shop = Api.openShop("hashes");
        shop.request().body(customer("hash@example.com")).post("/api/auth/register/").then().statusCode(201);

        String stored = (String) Database.single("select c.password_hash from customers c join tenants t "
                + "on t.id = c.tenant_id where t.slug = ? and c.email = ?", shop.slug(), "hash@example.com");
        // The test server's cost (production's default, 210,000, is pinned by PasswordHasherTest and EsimCrashIT).
        assertThat(stored).startsWith("pbkdf2-sha512$" + TestEnvironment.PASSWORD_HASH_ITERATIONS + "$")
                .doesNotContain("customer-password");
    }

    @Test
    void a_password_stored_at_productions_cost_signs_in_as_well_since_each_hash_names_its_own() {
        Shop shop = Api.openShop("hash-cost");
        String atProductionCost = PasswordHash.create("owner-password-at-full-cost", 210_000);
        Database.column("update staff_members set password_hash = ? where email = ? returning id", atProductionCost,
                shop.ownerEmail());

        shop.request().body(credentials(shop.ownerEmail(), "owner-password-at-full-cost")).post("/api/staff/auth/login/")
                .then().statusCode(200).body("access_token", not(emptyOrNullString()));
        shop.request().body(credentials(shop.ownerEmail(), shop.ownerPassword())).post("/api/staff/auth/login/")
                .then().statusCode(401);
    }

    @Test
    void registering_an_email_twice_at_one_shop_is_a_conflict_but_another_shop_accepts_it() {
        Shop first = Api.openShop("dup-a");
        Shop second = Api.openShop("dup-b");
        first.request().body(customer("twice@example.com")).post("/api/auth/register/").then().statusCode(201);

        first.request().body(customer("twice@example.com")).post("/api/auth/register/")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("email_taken"));
        second.request().body(customer("twice@example.com")).post("/api/auth/register/").then().statusCode(201);

        assertThat(Database.count("select count(*) from customers where email = ?", "twice@example.com")).isEqualTo(2);
    }

    @Test
    void a_wrong_password_and_an_unknown_email_fail_alike() {
        Shop shop = Api.openShop("wrongpw");
        shop.request().body(customer("known@example.com")).post("/api/auth/register/").then().statusCode(201);

        shop.request().body(credentials("known@example.com", "not-the-password")).post("/api/auth/login/")
                .then().statusCode(401).body("code", equalTo("invalid_credentials"));
        shop.request().body(credentials("unknown@example.com", "not-the-password")).post("/api/auth/login/")
                .then().statusCode(401).body("code", equalTo("invalid_credentials"));
    }

    @Test
    void repeated_failed_sign_ins_lock_the_account_even_for_the_right_password() {
        Shop shop = Api.openShop("throttle");
        for (int attempt = 1; attempt <= 5; attempt++) {
            shop.request().body(credentials(shop.ownerEmail(), "guess-number-" + attempt))
                    .post("/api/staff/auth/login/")
                    .then().statusCode(401);
        }
        Response locked = shop.request().body(credentials(shop.ownerEmail(), shop.ownerPassword()))
                .post("/api/staff/auth/login/");
        locked.then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("too_many_requests"));
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 15 * 60);

        // Another account of the same shop is not affected.
        shop.request().body(customer("bystander@example.com")).post("/api/auth/register/").then().statusCode(201);
        shop.request().body(credentials("bystander@example.com", "customer-password")).post("/api/auth/login/")
                .then().statusCode(200);
    }

    @Test
    void a_token_of_one_shop_is_rejected_on_another_shop_and_on_the_platform() {
        Shop issuer = Api.openShop("issuer");
        Shop other = Api.openShop("other");
        String ownerToken = issuer.ownerToken();

        other.request().auth().oauth2(ownerToken).get("/api/staff/members/")
                .then().statusCode(401).body("code", equalTo("tenant_mismatch"));
        other.request().auth().oauth2(ownerToken).get("/api/public/products/")
                .then().statusCode(401).body("code", equalTo("tenant_mismatch"));
        Api.platform().auth().oauth2(ownerToken).get("/api/platform/tenants/")
                .then().statusCode(401).body("code", equalTo("tenant_mismatch"));
        issuer.request().auth().oauth2(ownerToken).get("/api/staff/members/").then().statusCode(200);
    }

    @Test
    void an_operator_token_is_rejected_on_a_shop() {
        Shop shop = Api.openShop("noop");
        shop.request().auth().oauth2(Api.operatorToken()).get("/api/staff/members/")
                .then().statusCode(401).body("code", equalTo("tenant_mismatch"));
    }

    @Test
    void a_forged_token_is_a_401_problem() {
        Shop shop = Api.openShop("forged");
        String genuine = shop.ownerToken();
        String[] parts = genuine.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "x." + parts[2];
        for (String token : new String[] {"abc.def.ghi", tampered}) {
            shop.request().auth().oauth2(token).get("/api/staff/members/")
                    .then().statusCode(401)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("authentication_required"));
        }
    }

    @Test
    void staff_roles_decide_who_may_add_whom() {
        Shop shop = Api.openShop("roles");
        shop.asOwner().body(Map.of("email", "admin@roles.test", "password", "admin-password", "role", "admin"))
                .post("/api/staff/members/")
                .then().statusCode(201).body("role", equalTo("admin"));

        String admin = shop.request().body(credentials("admin@roles.test", "admin-password"))
                .post("/api/staff/auth/login/").then().statusCode(200).extract().path("access_token");
        shop.request().auth().oauth2(admin)
                .body(Map.of("email", "clerk@roles.test", "password", "clerk-password", "role", "staff"))
                .post("/api/staff/members/")
                .then().statusCode(201).body("role", equalTo("staff"));
        shop.request().auth().oauth2(admin)
                .body(Map.of("email", "admin2@roles.test", "password", "admin-password", "role", "admin"))
                .post("/api/staff/members/")
                .then().statusCode(403).body("code", equalTo("role_not_allowed"));

        String clerk = shop.request().body(credentials("clerk@roles.test", "clerk-password"))
                .post("/api/staff/auth/login/").then().statusCode(200).extract().path("access_token");
        shop.request().auth().oauth2(clerk).get("/api/staff/members/")
                .then().statusCode(403).body("code", equalTo("forbidden"));
        shop.request().get("/api/staff/members/")
                .then().statusCode(401).body("code", equalTo("authentication_required"));

        assertThat(Database.count("select count(*) from staff_members m join tenants t on t.id = m.tenant_id "
                + "where t.slug = ?", shop.slug())).isEqualTo(3);
    }

    @Test
    void a_customer_token_does_not_open_staff_endpoints_and_staff_cannot_sign_in_as_customers() {
        Shop shop = Api.openShop("realms");
        String customerToken = shop.request().body(customer("shopper@example.com")).post("/api/auth/register/")
                .then().statusCode(201).extract().path("access_token");
        shop.request().auth().oauth2(customerToken).get("/api/staff/members/")
                .then().statusCode(403).body("code", equalTo("forbidden"));
        shop.request().body(credentials(shop.ownerEmail(), shop.ownerPassword())).post("/api/auth/login/")
                .then().statusCode(401).body("code", equalTo("invalid_credentials"));
    }
}
