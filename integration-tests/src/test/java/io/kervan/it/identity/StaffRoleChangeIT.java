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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Owners change members' roles with {@code PATCH /api/staff/members/{id}/}: the member's earlier tokens end and a new
 * sign-in carries the new role; admins make nobody an owner and change neither an owner nor an admin; nobody changes
 * their own role; the last active owner stays one; another shop's member is not found; a refusal writes nothing.
 */
@KervanTest
class StaffRoleChangeIT {

    private static String role(String memberId) {
        return Database.single("select role from staff_members where id = ?::uuid", memberId).toString();
    }

    private static long tokenVersion(String memberId) {
        return ((Number) Database.single("select token_version from staff_members where id = ?::uuid", memberId))
                .longValue();
    }

    private static String ownerId(Shop shop) {
        return Database.single("select id from staff_members where email = ?", shop.ownerEmail()).toString();
    }

    private static Response change(Shop shop, String token, String memberId, Object body) {
        return shop.request().auth().oauth2(token).body(body).patch("/api/staff/members/" + memberId + "/");
    }

    @Test
    void an_owner_makes_staff_an_admin_whose_old_token_ends_and_whose_new_one_carries_the_role() {
        Shop shop = Api.openShop("role-up");
        String email = "clerk@" + shop.slug() + ".test";
        String id = Sessions.addStaff(shop, email, "staff");
        String before = Sessions.staffToken(shop, email, STAFF_PASSWORD);
        shop.request().auth().oauth2(before).get("/api/staff/members/").then().statusCode(403);

        change(shop, shop.ownerToken(), id, Map.of("role", "admin")).then().statusCode(200)
                .body("id", equalTo(id)).body("role", equalTo("admin")).body("active", equalTo(true));

        ended(shop.request().auth().oauth2(before).get("/api/orders/").then());
        String after = Sessions.staffToken(shop, email, STAFF_PASSWORD);
        shop.request().auth().oauth2(after).get("/api/staff/members/").then().statusCode(200)
                .body("members.email", hasItem(email));
        assertThat(role(id)).isEqualTo("ADMIN");

        long version = tokenVersion(id);
        change(shop, shop.ownerToken(), id, Map.of("role", "admin")).then().statusCode(200);
        assertThat(tokenVersion(id)).as("the same role again ends nothing").isEqualTo(version);
        shop.request().auth().oauth2(after).get("/api/orders/").then().statusCode(200);

        change(shop, shop.ownerToken(), id, Map.of("role", "owner")).then().statusCode(200)
                .body("role", equalTo("owner"));
        assertThat(role(id)).isEqualTo("OWNER");
    }

    @Test
    void an_admin_makes_nobody_an_owner_and_changes_neither_an_owner_nor_an_admin() {
        Shop shop = Api.openShop("role-admin");
        Sessions.addStaff(shop, "admin@" + shop.slug() + ".test", "admin");
        String otherAdmin = Sessions.addStaff(shop, "admin2@" + shop.slug() + ".test", "admin");
        String clerk = Sessions.addStaff(shop, "clerk@" + shop.slug() + ".test", "staff");
        String admin = Sessions.staffToken(shop, "admin@" + shop.slug() + ".test", STAFF_PASSWORD);
        String clerkToken = Sessions.staffToken(shop, "clerk@" + shop.slug() + ".test", STAFF_PASSWORD);
        long clerkVersion = tokenVersion(clerk);

        for (String[] refused : List.of(new String[]{clerk, "owner"}, new String[]{clerk, "admin"},
                new String[]{ownerId(shop), "staff"}, new String[]{otherAdmin, "staff"})) {
            change(shop, admin, refused[0], Map.of("role", refused[1])).then().statusCode(403)
                    .contentType(startsWith("application/problem+json")).body("code", equalTo("role_not_allowed"));
        }
        change(shop, clerkToken, otherAdmin, Map.of("role", "staff")).then().statusCode(403)
                .body("code", equalTo("forbidden"));

        assertThat(role(clerk)).isEqualTo("STAFF");
        assertThat(role(otherAdmin)).isEqualTo("ADMIN");
        assertThat(role(ownerId(shop))).isEqualTo("OWNER");
        assertThat(tokenVersion(clerk)).isEqualTo(clerkVersion);
    }

    @Test
    void nobody_changes_their_own_role() {
        Shop shop = Api.openShop("role-self");
        change(shop, shop.ownerToken(), ownerId(shop), Map.of("role", "admin")).then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("own_account"));
        assertThat(role(ownerId(shop))).isEqualTo("OWNER");
    }

    @Test
    void a_missing_or_unknown_role_is_a_400_naming_the_field_and_writes_nothing() {
        Shop shop = Api.openShop("role-bad");
        String clerk = Sessions.addStaff(shop, "clerk@" + shop.slug() + ".test", "staff");
        for (Object body : List.of(Map.of(), Map.of("role", "boss"), Map.of("role", "OWNER"), Map.of("role", 7))) {
            change(shop, shop.ownerToken(), clerk, body).then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("validation_failed")).body("errors[0].field", equalTo("role"));
        }
        shop.request().auth().oauth2(shop.ownerToken()).body("{\"role\":").patch("/api/staff/members/" + clerk + "/")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        assertThat(role(clerk)).isEqualTo("STAFF");
    }

    @Test
    void another_shops_member_is_not_found_and_keeps_their_role() {
        Shop shop = Api.openShop("role-iso");
        Shop other = Api.openShop("role-other");
        String foreign = Sessions.addStaff(other, "clerk@" + other.slug() + ".test", "staff");
        change(shop, shop.ownerToken(), foreign, Map.of("role", "admin")).then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("staff_not_found"));
        change(shop, shop.ownerToken(), UUID.randomUUID().toString(), Map.of("role", "admin")).then()
                .statusCode(404).body("code", equalTo("staff_not_found"));
        assertThat(role(foreign)).isEqualTo("STAFF");
    }

    /** Two owners demoting each other at once: one wins, and the shop keeps exactly one active owner. */
    @Test
    void two_owners_demoting_each_other_at_once_leave_the_shop_its_last_owner() throws Exception {
        Shop shop = Api.openShop("role-owners");
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
            Future<Response> firstAsks = threads.submit(() -> demote(shop, firstToken, second, start));
            Future<Response> secondAsks = threads.submit(() -> demote(shop, secondToken, first, start));
            answers = List.of(firstAsks.get(), secondAsks.get());
        } finally {
            threads.shutdownNow();
        }

        assertThat(answers).extracting(Response::statusCode).containsOnlyOnce(200);
        // The loser is refused whichever way the race went: its owner was the last one (last_owner), its token ended
        // with the demotion (token_revoked), or its account was already an admin when its request read it
        // (role_not_allowed: admins change no roles).
        assertThat(answers).filteredOn(r -> r.statusCode() != 200).singleElement()
                .satisfies(r -> assertThat(r.jsonPath().getString("code"))
                        .isIn("last_owner", "token_revoked", "role_not_allowed"));
        assertThat(Database.count("select count(*) from staff_members m join tenants t on t.id = m.tenant_id "
                + "where t.slug = ? and m.role = 'OWNER' and m.active", shop.slug())).isOne();
    }

    private static Response demote(Shop shop, String token, String memberId, CyclicBarrier start) throws Exception {
        start.await();
        return change(shop, token, memberId, Map.of("role", "admin"));
    }
}
