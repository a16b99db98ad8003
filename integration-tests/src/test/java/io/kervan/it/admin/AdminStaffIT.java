package io.kervan.it.admin;

import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.storefront.Browser;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Owners and admins run their shop's team in the panel: the owner adds a member (a weak password or a taken email
 * comes back as typed, with what is wrong), the member signs in with what the owner chose, and deactivating them or
 * changing their role ends their session at once; an admin adds only staff and cannot touch the owner, even with a forged form; another shop's
 * member is the 404 page.
 */
@KervanTest
class AdminStaffIT {

    @Test
    void the_owner_adds_a_member_who_signs_in_and_deactivating_them_ends_their_session_at_once() {
        Ready ready = AdminShops.open("team");
        String email = "kasa@" + ready.shop().slug() + ".test";
        try (Browser owner = Browser.open()) {
            AdminOrdersIT.signIn(owner, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            owner.follow("a[href='/admin/staff']");
            assertThat(owner.find("h1").getText()).isEqualTo("Ekip üyeleri");
            assertThat(owner.text()).contains(ready.shop().ownerEmail(), "sahip", "etkin");
            assertThat(new Select(owner.find("#role")).getOptions()).extracting(o -> o.getAttribute("value"))
                    .containsExactly("admin", "staff");
            owner.look("admin-staff");

            owner.type("#email", email).type("#full_name", "Kasa Görevlisi").type("#password", "kısa")
                    .follow("form[action='/admin/staff'] button");
            assertThat(owner.find(".error-summary").getText()).contains("10 ile 128 karakter");
            assertThat(owner.find("#email").getAttribute("value")).isEqualTo(email);
            assertThat(owner.find("#password").getAttribute("value")).isEmpty();
            owner.look("admin-staff-error");
            assertThat(Database.count("select count(*) from staff_members where email = ?", email)).isZero();

            owner.type("#password", "kasa-parolasi-1").follow("form[action='/admin/staff'] button");
            assertThat(owner.url()).endsWith("/admin/staff?done=member_added");
            assertThat(owner.text()).contains("Üye eklendi.", email, "Kasa Görevlisi", "personel");

            owner.type("#email", email.toUpperCase(java.util.Locale.ROOT)).type("#password", "kasa-parolasi-2")
                    .follow("form[action='/admin/staff'] button");
            assertThat(owner.find("#email-error").getText()).contains("bu e-posta adresiyle bir üye zaten var");

            try (Browser member = Browser.open()) {
                AdminOrdersIT.signIn(member, ready, email, "kasa-parolasi-1");
                assertThat(member.find("h1").getText()).isEqualTo("Özet");
                assertThat(member.all(".admin-nav a")).extracting(a -> a.getAttribute("pathname"))
                        .doesNotContain("/admin/staff");

                owner.go(ready.url("/admin/staff"));
                owner.follow("form[action$='/deactivate'] button");
                assertThat(owner.text()).contains("Üye devre dışı bırakıldı", "devre dışı");

                member.go(ready.url("/admin/orders"));
                assertThat(member.url()).contains("/admin/sign-in").contains("ended=1");
                member.type("#email", email).type("#password", "kasa-parolasi-1")
                        .follow("form[action='/admin/sign-in'] button");
                assertThat(member.url()).contains("/admin/sign-in");
            }
        }
        assertThat(Database.column("select role || ' ' || active from staff_members where email = ?", email))
                .containsExactly("STAFF false");
    }

    @Test
    void the_owner_makes_a_staff_member_an_admin_who_is_signed_out_and_then_sees_the_integrations_menu() {
        Ready ready = AdminShops.open("team-role");
        String email = ready.member("staff");
        String memberId = Database.single("select id::text from staff_members where email = ?", email).toString();
        try (Browser owner = Browser.open(); Browser member = Browser.open()) {
            AdminOrdersIT.signIn(member, ready, email, AdminShops.PASSWORD);
            assertThat(member.all(".admin-nav a")).extracting(a -> a.getAttribute("pathname"))
                    .doesNotContain("/admin/integrations");

            AdminOrdersIT.signIn(owner, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            owner.go(ready.url("/admin/staff"));
            assertThat(owner.all("#role-" + memberId + " option")).extracting(o -> o.getAttribute("value"))
                    .containsExactly("owner", "admin", "staff");
            assertThat(owner.all("form[action$='/role']")).hasSize(1);
            new Select(owner.find("#role-" + memberId)).selectByValue("admin");
            owner.follow("form[action='/admin/staff/" + memberId + "/role'] button");
            assertThat(owner.url()).endsWith("/admin/staff?done=member_role_changed");
            assertThat(owner.text()).contains("Rol değiştirildi.");
            assertThat(new Select(owner.find("#role-" + memberId)).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("admin");
            owner.look("admin-staff-role");

            member.go(ready.url("/admin/orders"));
            assertThat(member.url()).contains("/admin/sign-in").contains("ended=1");
            member.type("#email", email).type("#password", AdminShops.PASSWORD)
                    .follow("form[action='/admin/sign-in'] button");
            assertThat(member.all(".admin-nav a")).extracting(a -> a.getAttribute("pathname"))
                    .contains("/admin/integrations", "/admin/staff");
        }
        assertThat(Database.column("select role from staff_members where id = ?::uuid", memberId))
                .containsExactly("ADMIN");
    }

    @Test
    void a_forged_role_form_changes_nothing_the_member_may_not_be_given() {
        Ready ready = AdminShops.open("team-role-forged");
        AdminClient admin = AdminClient.signIn(ready.shop().slug(), ready.member("admin"), AdminShops.PASSWORD);
        String clerk = Database.single("select id::text from staff_members where email = ?", ready.member("staff"))
                .toString();
        String ownerId = Database.single("select id::text from staff_members where email = ?",
                ready.shop().ownerEmail()).toString();
        assertThat(admin.get("/admin/staff").asString()).doesNotContain("/role\"");
        for (String[] forged : List.of(new String[]{clerk, "owner"}, new String[]{clerk, "admin"},
                new String[]{ownerId, "staff"}, new String[]{clerk, "boss"})) {
            var refused = admin.post("/admin/staff", "/admin/staff/" + forged[0] + "/role", Map.of("role", forged[1]));
            assertThat(refused.statusCode()).isEqualTo(303);
            assertThat(refused.header("Location")).isEqualTo("/admin/staff?problem=role_not_allowed");
        }
        AdminClient owner = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        owner.postWithoutToken("/admin/staff/" + clerk + "/role", Map.of("role", "admin")).then().statusCode(403);
        assertThat(owner.post("/admin/staff", "/admin/staff/" + ownerId + "/role", Map.of("role", "staff"))
                .header("Location")).isEqualTo("/admin/staff?problem=own_account");
        assertThat(Database.column("select role from staff_members where id in (?::uuid, ?::uuid) order by role",
                clerk, ownerId)).containsExactly("OWNER", "STAFF");
    }

    @Test
    void an_admin_adds_only_staff_and_cannot_deactivate_the_owner_even_with_a_forged_form() {
        Ready ready = AdminShops.open("team-admin");
        AdminClient admin = AdminClient.signIn(ready.shop().slug(), ready.member("admin"), AdminShops.PASSWORD);
        String page = admin.get("/admin/staff").asString();
        assertThat(page).contains("value=\"staff\"").doesNotContain("value=\"admin\"")
                .doesNotContain("/deactivate\"");
        String ownerId = Database.single("select id::text from staff_members where email = ?",
                ready.shop().ownerEmail()).toString();

        var refused = admin.post("/admin/staff", "/admin/staff/" + ownerId + "/deactivate", Map.of());
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.header("Location")).isEqualTo("/admin/staff?problem=role_not_allowed");
        admin.get(refused.header("Location")).then().body(containsString("Rolünüz bu değişikliğe izin vermiyor"));

        String someone = "ikinci-yonetici@" + ready.shop().slug() + ".test";
        var forgedRole = admin.post("/admin/staff", "/admin/staff", Map.of("email", someone, "password",
                "yonetici-parola-1", "role", "admin"));
        assertThat(forgedRole.statusCode()).isEqualTo(422);
        assertThat(forgedRole.asString()).contains("Rolünüz bu rolü veremez");
        assertThat(Database.column("select active::text from staff_members where id = ?::uuid", ownerId))
                .containsExactly("true");
        assertThat(Database.count("select count(*) from staff_members where email = ?", someone)).isZero();
    }

    @Test
    void another_shops_member_is_the_404_page_and_a_post_without_the_form_token_writes_nothing() {
        Ready ready = AdminShops.open("team-a");
        Ready other = AdminShops.open("team-b");
        String stranger = other.member("staff");
        String strangerId = Database.single("select id::text from staff_members where email = ?", stranger)
                .toString();
        AdminClient owner = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        owner.post("/admin/staff", "/admin/staff/" + strangerId + "/deactivate", Map.of()).then().statusCode(404)
                .body(containsString("Sayfa bulunamadı"));
        owner.post("/admin/staff", "/admin/staff/not-an-id/deactivate", Map.of()).then().statusCode(404);
        assertThat(owner.get("/admin/staff").asString()).doesNotContain(stranger);

        String someone = "sahte@" + ready.shop().slug() + ".test";
        owner.postWithoutToken("/admin/staff", Map.of("email", someone, "password", "sahte-parola-1",
                "role", "staff")).then().statusCode(403);
        assertThat(Database.count("select count(*) from staff_members where email = ?", someone)).isZero();
        assertThat(Database.column("select active::text from staff_members where email = ?", stranger))
                .isEqualTo(List.of("true"));
    }
}
