package io.kervan.it.admin;

import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.storefront.Browser;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner changes how the shop shows itself in the panel, and its customers see it on the storefront at once; a
 * value the shop refuses comes back as typed with the field marked, and nothing is saved.
 */
@KervanTest
class AdminSettingsIT {

    @Test
    void the_owner_renames_and_recolours_the_shop_and_its_customers_see_it_on_the_storefront() {
        Ready ready = AdminShops.open("look");
        try (Browser browser = Browser.open()) {
            AdminOrdersIT.signIn(browser, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            browser.follow("a[href='/admin/settings']");
            assertThat(browser.find("h1").getText()).isEqualTo("Mağaza ayarları");
            assertThat(new Select(browser.find("#default_locale")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("tr");
            browser.look("admin-settings");

            browser.type("#display_name", "Çınar Çarşı").type("#primary_color", "kırmızı")
                    .follow("form[action='/admin/settings'] button");
            assertThat(browser.find(".error-summary").getText()).contains("#1a5fb4 gibi bir renk girin");
            assertThat(browser.find("#primary_color").getAttribute("value")).isEqualTo("kırmızı");
            assertThat(browser.find("#display_name").getAttribute("value")).isEqualTo("Çınar Çarşı");
            browser.look("admin-settings-error");
            assertThat(Database.column("select display_name from tenants where slug = ?", ready.shop().slug()))
                    .doesNotContain("Çınar Çarşı");

            browser.type("#primary_color", "#8A1C1C").follow("form[action='/admin/settings'] button");
            assertThat(browser.url()).endsWith("/admin/settings?done=settings_saved");
            assertThat(browser.text()).contains("Ayarlar kaydedildi.");
            assertThat(browser.find("#primary_color").getAttribute("value")).isEqualTo("#8a1c1c");

            browser.go(ready.url("/"));
            assertThat(browser.find("header").getText()).contains("Çınar Çarşı");
            assertThat(browser.html()).contains("--brand:#8a1c1c");
        }
        assertThat(Database.column("select display_name || ' ' || primary_color from tenants where slug = ?",
                ready.shop().slug())).containsExactly("Çınar Çarşı #8a1c1c");
    }

    @Test
    void a_post_without_the_form_token_or_by_a_staff_member_changes_nothing() {
        Ready ready = AdminShops.open("look-refused");
        AdminClient owner = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        owner.postWithoutToken("/admin/settings", Map.of("display_name", "Sahte", "default_locale", "tr"))
                .then().statusCode(403);
        AdminClient staff = AdminClient.signIn(ready.shop().slug(), ready.member("staff"), AdminShops.PASSWORD);
        staff.post("/admin/orders", "/admin/settings", Map.of("display_name", "Sahte", "default_locale", "tr"))
                .then().statusCode(403);
        assertThat(Database.column("select display_name from tenants where slug = ?", ready.shop().slug()))
                .doesNotContain("Sahte");
    }
}
