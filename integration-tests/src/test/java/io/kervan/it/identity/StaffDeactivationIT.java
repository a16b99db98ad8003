package io.kervan.it.identity;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.kervan.it.identity.Sessions.STAFF_PASSWORD;
import static io.kervan.it.identity.Sessions.ended;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Owners and admins deactivate members: a deactivated member cannot sign in, and their tokens stop at once. */
@KervanTest
class StaffDeactivationIT {

    private static boolean active(String memberId) {
        return (Boolean) Database.single("select active from staff_members where id = ?::uuid", memberId);
    }

    private static String ownerId(Shop shop) {
        return Database.single("select id from staff_members where email = ?", shop.ownerEmail()).toString();
    }

    @Test
    void a_deactivated_member_cannot_sign_in_and_their_token_stops_working_at_once() {
        Shop shop = Api.openShop("deact");
        String email = "leaver@" + shop.slug() + ".test";
        String id = Sessions.addStaff(shop, email, "staff");
        String token = Sessions.staffToken(shop, email, STAFF_PASSWORD);
        shop.request().auth().oauth2(token).get("/api/orders/").then().statusCode(200);

        shop.asOwner().post("/api/staff/members/" + id + "/deactivate/")
                .then().statusCode(200).body("id", equalTo(id)).body("active", equalTo(false));

        ended(shop.request().auth().oauth2(token).get("/api/orders/").then());
        shop.request().body(Map.of("email", email, "password", STAFF_PASSWORD)).post("/api/staff/auth/login/")
                .then().statusCode(401).body("code", equalTo("invalid_credentials"));
        assertThat(active(id)).isFalse();
    }

    @Test
    void a_reactivated_member_signs_in_again_but_tokens_from_before_stay_ended() {
        Shop shop = Api.openShop("react");
        String email = "returner@" + shop.slug() + ".test";
        String id = Sessions.addStaff(shop, email, "admin");
        String before = Sessions.staffToken(shop, email, STAFF_PASSWORD);
        shop.asOwner().post("/api/staff/members/" + id + "/deactivate/").then().statusCode(200);

        shop.asOwner().post("/api/staff/members/" + id + "/reactivate/")
                .then().statusCode(200).body("active", equalTo(true));

        ended(shop.request().auth().oauth2(before).get("/api/staff/members/").then());
        String after = Sessions.staffToken(shop, email, STAFF_PASSWORD);
        shop.request().auth().oauth2(after).get("/api/staff/members/").then().statusCode(200);
    }

    @Test
    void an_admin_deactivates_staff_but_not_an_owner_or_another_admin() {
        Shop shop = Api.openShop("deact-roles");
        Sessions.addStaff(shop, "admin@" + shop.slug() + ".test", "admin");
        String otherAdmin = Sessions.addStaff(shop, "admin2@" + shop.slug() + ".test", "admin");
        String clerk = Sessions.addStaff(shop, "clerk@" + shop.slug() + ".test", "staff");
        String admin = Sessions.staffToken(shop, "admin@" + shop.slug() + ".test", STAFF_PASSWORD);
        String clerkToken = Sessions.staffToken(shop, "clerk@" + shop.slug() + ".test", STAFF_PASSWORD);

        shop.request().auth().oauth2(admin).post("/api/staff/members/" + ownerId(shop) + "/deactivate/")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("role_not_allowed"));
        shop.request().auth().oauth2(admin).post("/api/staff/members/" + otherAdmin + "/deactivate/")
                .then().statusCode(403).body("code", equalTo("role_not_allowed"));
        shop.request().auth().oauth2(clerkToken).post("/api/staff/members/" + otherAdmin + "/deactivate/")
                .then().statusCode(403).body("code", equalTo("forbidden"));
        assertThat(active(ownerId(shop))).isTrue();
        assertThat(active(otherAdmin)).isTrue();
        shop.asOwner().get("/api/staff/members/").then().statusCode(200);

        shop.request().auth().oauth2(admin).post("/api/staff/members/" + clerk + "/deactivate/")
                .then().statusCode(200).body("active", equalTo(false));
        shop.asOwner().post("/api/staff/members/" + otherAdmin + "/deactivate/").then().statusCode(200);
    }

    @Test
    void nobody_deactivates_themselves() {
        Shop shop = Api.openShop("deact-self");
        shop.asOwner().post("/api/staff/members/" + ownerId(shop) + "/deactivate/")
                .then().statusCode(409).body("code", equalTo("own_account"));
        assertThat(active(ownerId(shop))).isTrue();
    }

    /**
     * Two owners deactivating each other at the same moment: one wins, the other is refused (its own token already
     * ended, or it would have left the shop without an owner), and the shop keeps exactly one active owner.
     */
    @Test
    void two_owners_deactivating_each_other_at_once_leave_the_shop_one_active_owner() throws Exception {
        Shop shop = Api.openShop("deact-owners");
        String second = UUID.randomUUID().toString();
        String secondEmail = "co-owner@" + shop.slug() + ".test";
        Database.execute("insert into staff_members (id, tenant_id, email, password_hash, full_name, role, active, "
                + "created_at) select '" + second + "', tenant_id, '" + secondEmail + "', password_hash, 'Co-owner', "
                + "'OWNER', true, now() from staff_members where email = '" + shop.ownerEmail() + "'");
        String first = ownerId(shop);
        String firstToken = shop.ownerToken();
        String secondToken = Sessions.staffToken(shop, secondEmail, shop.ownerPassword());

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Response> answers;
        try {
            Future<Response> firstAsks = threads.submit(() -> deactivate(shop, firstToken, second, start));
            Future<Response> secondAsks = threads.submit(() -> deactivate(shop, secondToken, first, start));
            answers = List.of(firstAsks.get(), secondAsks.get());
        } finally {
            threads.shutdownNow();
        }

        assertThat(answers).extracting(Response::statusCode).containsOnlyOnce(200);
        assertThat(answers).filteredOn(r -> r.statusCode() != 200).singleElement()
                .satisfies(r -> assertThat(r.jsonPath().getString("code")).isIn("last_owner", "token_revoked"));
        assertThat(Database.count("select count(*) from staff_members m join tenants t on t.id = m.tenant_id "
                + "where t.slug = ? and m.role = 'OWNER' and m.active", shop.slug())).isOne();
    }

    private static Response deactivate(Shop shop, String token, String memberId, CyclicBarrier start)
            throws Exception {
        start.await();
        return shop.request().auth().oauth2(token).post("/api/staff/members/" + memberId + "/deactivate/");
    }

    @Test
    void another_shops_member_is_not_found_and_stays_active() {
        Shop shop = Api.openShop("deact-iso");
        Shop other = Api.openShop("deact-other");
        String foreign = Sessions.addStaff(other, "clerk@" + other.slug() + ".test", "staff");
        String foreignToken = Sessions.staffToken(other, "clerk@" + other.slug() + ".test", STAFF_PASSWORD);

        for (String action : List.of("deactivate", "reactivate")) {
            shop.asOwner().post("/api/staff/members/" + foreign + "/" + action + "/")
                    .then().statusCode(404).contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("staff_not_found"));
        }
        shop.asOwner().post("/api/staff/members/" + UUID.randomUUID() + "/deactivate/")
                .then().statusCode(404).body("code", equalTo("staff_not_found"));
        shop.asOwner().post("/api/staff/members/not-an-id/deactivate/")
                .then().statusCode(404).body("code", equalTo("not_found"));
        assertThat(active(foreign)).isTrue();
        other.request().auth().oauth2(foreignToken).get("/api/orders/").then().statusCode(200);
    }
}
