package io.kervan.it.identity;

import io.kervan.it.support.Api.Shop;
import io.restassured.response.ValidatableResponse;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Accounts and their tokens at a shop, as the identity tests need them. */
final class Sessions {

    static final String CUSTOMER_PASSWORD = "customer-password";
    static final String STAFF_PASSWORD = "staff-member-password";

    private Sessions() {
    }

    /** Registers a customer with {@link #CUSTOMER_PASSWORD}; returns their first token. */
    static String registerCustomer(Shop shop, String email) {
        return shop.request().body(Map.of("email", email, "password", CUSTOMER_PASSWORD, "first_name", "Ayşe",
                        "last_name", "Yılmaz"))
                .post("/api/auth/register/")
                .then().statusCode(201).extract().path("access_token");
    }

    static String customerToken(Shop shop, String email, String password) {
        return shop.request().body(Map.of("email", email, "password", password)).post("/api/auth/login/")
                .then().statusCode(200).extract().path("access_token");
    }

    static String staffToken(Shop shop, String email, String password) {
        return shop.request().body(Map.of("email", email, "password", password)).post("/api/staff/auth/login/")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Adds a member with {@link #STAFF_PASSWORD} as the owner; returns their id. */
    static String addStaff(Shop shop, String email, String role) {
        return shop.asOwner().body(Map.of("email", email, "password", STAFF_PASSWORD, "role", role))
                .post("/api/staff/members/")
                .then().statusCode(201).extract().path("id");
    }

    /** What a token that has been ended gets. */
    static void ended(ValidatableResponse response) {
        response.statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("token_revoked"));
    }
}
