package io.kervan.it.admin;

import io.kervan.it.admin.AdminShops.Placed;
import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.escrow.EscrowBooks;
import io.kervan.it.storefront.Browser;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff see an order's escrow on its page (state, amounts, ledger) and the shop's held money on /admin/escrow with
 * its totals; an owner flags and clears a dispute and releases a delivered order's money from the page; a staff
 * member sees all of it but moves nothing. Every page passes Axe and is photographed at both sizes; the escrow list
 * and its totals fit a small phone's width without scrolling sideways.
 */
@KervanTest
class AdminEscrowIT {

    @Test
    void the_owner_disputes_clears_and_releases_an_orders_escrow_and_sees_the_held_money_listed() {
        Ready ready = EscrowBooks.escrowShop("admin-escrow", 7);
        Placed held = ready.paidOrder("emanet@example.com", 1);
        Placed delivered = ready.paidOrder("teslim@example.com", 2);
        EscrowBooks.owner(ready).body(Map.of("status", "shipped", "tracking_number", "AR1234567890"))
                .patch("/api/orders/" + delivered.id() + "/").then().statusCode(200);
        EscrowBooks.owner(ready).body(Map.of("status", "delivered"))
                .patch("/api/orders/" + delivered.id() + "/").then().statusCode(200);
        try (Browser browser = Browser.open()) {
            AdminOrdersIT.signIn(browser, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            browser.go(ready.url("/admin/orders/" + held.id()));
            assertThat(browser.find("#escrow").getText()).contains("Emanet", "Tutuluyor", "Hâlâ tutulan",
                    "Emanet defteri", "Tutuldu");
            assertThat(browser.all("form[action$='/escrow/release']")).isEmpty();
            browser.look("admin-order-escrow");

            browser.type("#dispute_reason", "Kutu boş geldi").follow("form[action$='/escrow/dispute'] button");
            assertThat(browser.url()).endsWith("?done=escrow_dispute");
            assertThat(browser.text()).contains("İtiraz işaretlendi.");
            assertThat(browser.find("#escrow").getText()).contains("İtirazlı", "Kutu boş geldi",
                    "İtiraz işaretlendi");
            browser.look("admin-order-escrow-disputed");

            browser.follow("form[action$='/escrow/clear'] button");
            assertThat(browser.text()).contains("İtiraz kaldırıldı.");

            browser.go(ready.url("/admin/orders/" + delivered.id()));
            assertThat(browser.find("#escrow").getText()).contains("Otomatik serbest bırakma tarihi");
            browser.follow("form[action$='/escrow/release'] button");
            assertThat(browser.text()).contains("Para serbest bırakıldı.");
            assertThat(browser.find("#escrow").getText()).contains("Serbest bırakıldı",
                    "staff:" + ready.shop().ownerEmail());

            browser.follow("a[href='/admin/escrow']");
            assertThat(browser.find("h1").getText()).isEqualTo("Emanet");
            assertThat(browser.text()).contains(held.number(), "279,90").doesNotContain(delivered.number());
            browser.look("admin-escrow");
            assertThat(browser.sidewaysScrollAt(Browser.SMALL_PHONE, "html")).as("the page on a phone").isZero();
            assertThat(browser.sidewaysScrollAt(Browser.SMALL_PHONE, "#totals-title ~ .table-scroll"))
                    .as("the totals on a phone").isZero();
            assertThat(browser.sidewaysScrollAt(Browser.SMALL_PHONE, "[aria-labelledby=escrows-caption]"))
                    .as("the list on a phone").isZero();
            browser.screenshot("admin-escrow", Browser.SMALL_PHONE);
            browser.go(ready.url("/admin/escrow?state=all"));
            assertThat(browser.text()).contains(held.number(), delivered.number(), "809,80");
            browser.look("admin-escrow-all");
        }
        assertThat(EscrowBooks.assertLedgersAddUp(ready.shop().slug())).isEqualTo(2);
    }

    @Test
    void a_staff_member_sees_the_escrow_but_cannot_move_it_and_a_forged_post_changes_nothing() {
        Ready ready = EscrowBooks.escrowShop("admin-escrow-staff", null);
        Placed held = ready.paidOrder("bakan@example.com", 1);
        String page = "/admin/orders/" + held.id();
        AdminClient staff = AdminClient.signIn(ready.shop().slug(), ready.member("staff"), AdminShops.PASSWORD);
        assertThat(staff.get(page).asString()).contains("Emanet defteri").doesNotContain("/escrow/dispute");
        staff.get("/admin/escrow").then().statusCode(200);
        staff.post(page, page + "/escrow/dispute", Map.of("dispute_reason", "x")).then().statusCode(403);
        AdminClient owner = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        owner.postWithoutToken(page + "/escrow/dispute", Map.of("dispute_reason", "x")).then().statusCode(403);
        Ready other = AdminShops.open("admin-escrow-other");
        AdminClient stranger = AdminClient.signIn(other.shop().slug(), other.shop().ownerEmail(),
                other.shop().ownerPassword());
        stranger.post("/admin/orders", page + "/escrow/dispute", Map.of()).then().statusCode(404);
        assertThat(stranger.get("/admin/escrow").asString()).doesNotContain(held.number());
        assertThat(Database.count("select count(*) from escrow_ledger_entries e join escrow_accounts a "
                + "on a.id = e.escrow_id where a.order_id = ?::uuid", held.id())).isEqualTo(1);
    }

    @Test
    void the_owner_turns_escrow_on_in_the_shop_settings_and_a_wrong_number_of_days_is_marked() {
        Ready ready = AdminShops.open("admin-escrow-settings");
        AdminClient owner = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        Map<String, String> form = new java.util.HashMap<>(Map.of("display_name", "Emanetçi", "default_locale", "tr",
                "escrow_enabled", "on", "escrow_auto_release_days", "bir hafta"));
        owner.post("/admin/settings", "/admin/settings", form).then().statusCode(422)
                .body(org.hamcrest.Matchers.containsString("0 ile 365 arasında tam gün sayısı girin"));
        assertThat(Database.column("select escrow_enabled::text from tenants where slug = ?",
                ready.shop().slug())).containsExactly("false");
        form.put("escrow_auto_release_days", "5");
        owner.post("/admin/settings", "/admin/settings", form).then().statusCode(303);
        assertThat(Database.column("select escrow_enabled || ' ' || escrow_auto_release_days from tenants "
                + "where slug = ?", ready.shop().slug())).containsExactly("true 5");
        assertThat(owner.get("/admin/settings").asString()).contains("name=\"escrow_enabled\" value=\"on\" checked");
    }
}
