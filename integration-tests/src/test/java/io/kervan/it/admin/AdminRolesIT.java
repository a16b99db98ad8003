package io.kervan.it.admin;

import io.kervan.it.admin.AdminShops.Placed;
import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.storefront.Browser;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The panel's menu shows a member what their role may use, and the server refuses the rest whatever is typed into
 * the address bar or forged into a form: the API's role rules, page by page.
 */
@KervanTest
class AdminRolesIT {

    private static final List<String> OWNERS_AND_ADMINS = List.of("/admin/integrations", "/admin/staff",
            "/admin/settings", "/admin/logs", "/admin/esim");

    @Test
    void a_staff_member_sees_no_integrations_staff_or_settings_menu_and_opening_them_is_refused() {
        Ready ready = AdminShops.open("roles");
        String staff = ready.member("staff");
        String admin = ready.member("admin");
        try (Browser browser = Browser.open()) {
            AdminOrdersIT.signIn(browser, ready, staff, AdminShops.PASSWORD);
            List<String> menu = browser.all(".admin-nav a").stream().map(a -> a.getAttribute("pathname")).toList();
            assertThat(menu).containsExactly("/admin/", "/admin/orders", "/admin/catalog", "/admin/escrow");
            assertThat(browser.text()).doesNotContain("Webhook'lar", "Entegrasyonlar");
            for (String path : OWNERS_AND_ADMINS) {
                browser.go(ready.url(path));
                assertThat(browser.find("h1").getText()).as(path).isEqualTo("İzin yok");
            }
            browser.look("admin-forbidden");
        }
        try (Browser browser = Browser.open()) {
            AdminOrdersIT.signIn(browser, ready, admin, AdminShops.PASSWORD);
            assertThat(browser.all(".admin-nav a").stream().map(a -> a.getAttribute("pathname")).toList())
                    .containsExactly("/admin/", "/admin/orders", "/admin/catalog", "/admin/integrations",
                            "/admin/logs", "/admin/esim", "/admin/staff", "/admin/escrow", "/admin/settings");
            assertThat(browser.text()).contains("Webhook'lar", "Entegrasyonlar", "Sandbox", "Test");
            browser.look("admin-dashboard-admin");
            browser.go(ready.url("/admin/integrations"));
            assertThat(browser.find("h1").getText()).isEqualTo("Entegrasyonlar");
            browser.look("admin-integrations-admin");
        }
        for (String path : OWNERS_AND_ADMINS) {
            AdminClient.signIn(ready.shop().slug(), staff, AdminShops.PASSWORD).get(path).then().statusCode(403);
        }
    }

    @Test
    void a_staff_member_is_offered_no_refund_and_a_forged_one_is_refused() {
        Ready ready = AdminShops.open("no-refund");
        Placed order = ready.paidOrder("rol@example.com", 1);
        AdminClient staff = AdminClient.signIn(ready.shop().slug(), ready.member("staff"), AdminShops.PASSWORD);
        String page = "/admin/orders/" + order.id();
        String html = staff.get(page).asString();
        assertThat(html).doesNotContain("refund-form").contains("Hazırlanıyor olarak işaretle");
        String payment = io.kervan.it.support.Database.single("select id::text from payments where order_id = ?::uuid",
                order.id()).toString();
        staff.post(page, page + "/refund", Map.of("payment_id", payment, "reason", "deneme", "step", "confirm"))
                .then().statusCode(403).body(containsString("İzin yok"));
        assertThat(order.state()).isEqualTo("CONFIRMED/PAID");
        assertThat(io.kervan.it.support.Database.count("select count(*) from refunds where payment_id = ?::uuid",
                payment)).isZero();
    }
}
