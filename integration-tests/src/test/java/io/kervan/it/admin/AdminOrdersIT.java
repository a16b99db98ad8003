package io.kervan.it.admin;

import io.kervan.it.admin.AdminShops.Placed;
import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.storefront.Browser;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Staff run a shop's orders in the admin panel, in a real browser: the list and its filters, an order's page, the
 * moves the order allows (and only those), shipping with a tracking number that the public tracking page then shows,
 * cancelling after a confirmation, refunds in part and in full; another shop's order is not there.
 */
@KervanTest
class AdminOrdersIT {

    static void signIn(Browser browser, Ready ready, String email, String password) {
        browser.go(ready.url("/admin/"));
        assertThat(browser.url()).contains("/admin/sign-in");
        browser.type("#email", email).type("#password", password).follow("form[action='/admin/sign-in'] button");
    }

    @Test
    void staff_confirm_process_and_ship_an_order_and_the_public_tracking_page_shows_it() {
        Ready ready = AdminShops.open("ship");
        Placed unpaid = ready.order("bekleyen@example.com", 1);
        Placed order = ready.paidOrder("kargo@example.com", 2);
        String staff = ready.member("staff");
        try (Browser browser = Browser.open()) {
            signIn(browser, ready, staff, AdminShops.PASSWORD);
            assertThat(browser.find("h1").getText()).isEqualTo("Özet");
            assertThat(browser.text()).contains("Bugün", "Son 7 gün", "Sizi bekleyenler",
                    "hazırlanacak ya da kargolanacak ödenmiş sipariş", "₺529,90");
            browser.look("admin-dashboard-staff");

            browser.follow("a[href='/admin/orders']");
            assertThat(browser.text()).contains(order.number(), unpaid.number(), "Onaylandı", "Beklemede");
            browser.look("admin-orders");
            new Select(browser.find("#status")).selectByValue("confirmed");
            browser.follow("form.filter-form button");
            assertThat(browser.url()).contains("status=confirmed");
            assertThat(browser.text()).contains(order.number()).doesNotContain(unpaid.number());
            assertThat(browser.find(".filter-tag").getText()).contains("Durum: Onaylandı");
            browser.look("admin-orders-filtered");

            browser.follow("a[href='/admin/orders/" + order.id() + "']");
            assertThat(browser.find("h1").getText()).isEqualTo("Sipariş " + order.number());
            assertThat(browser.text()).contains("kargo@example.com", "Kervan Kupa", "₺529,90", "Ödendi", "Geçmiş",
                    "Sipariş verildi", "Onaylandı");
            assertThat(browser.all("form button").stream().map(b -> b.getText()).toList())
                    .contains("Hazırlanıyor olarak işaretle", "Kargoya verildi olarak işaretle")
                    .doesNotContain("Siparişi onayla", "Teslim edildi olarak işaretle");
            browser.look("admin-order");

            browser.follow("input[name=to][value=processing] ~ button");
            assertThat(browser.text()).contains("Sipariş hazırlanıyor olarak işaretlendi.");
            assertThat(order.state()).isEqualTo("PROCESSING/PAID");

            browser.type("#carrier", "Yurtiçi Kargo").follow("input[name=to][value=shipped] ~ button");
            assertThat(browser.title()).startsWith("Hata: ");
            assertThat(browser.find(".error-summary").getText()).contains("takip numarasını girin");
            browser.look("admin-order-ship-error");
            assertThat(order.state()).isEqualTo("PROCESSING/PAID");

            browser.type("#tracking_number", "YK-20261205-77").follow("input[name=to][value=shipped] ~ button");
            assertThat(browser.text()).contains("kargoya verildi olarak işaretlendi", "YK-20261205-77",
                    "Teslim edildi olarak işaretle");
            assertThat(order.state()).isEqualTo("SHIPPED/PAID");

            browser.go(ready.url("/track/" + order.number()));
            assertThat(browser.text()).contains("Kargoya Verildi", "Yurtiçi Kargo", "YK-20261205-77");
        }
        assertThat(Database.column("select actor_name from order_status_changes where order_id = ?::uuid "
                + "and actor_kind = 'STAFF' order by changed_at", order.id())).containsExactly(staff, staff);
    }

    @Test
    void an_illegal_move_is_not_offered_and_a_forged_post_of_one_is_refused_and_writes_nothing() {
        Ready ready = AdminShops.open("illegal");
        Placed order = ready.order("bekliyor@example.com", 1);
        try (Browser browser = Browser.open()) {
            signIn(browser, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            browser.go(ready.url("/admin/orders/" + order.id()));
            assertThat(browser.all("input[name=to]").stream().map(i -> i.getAttribute("value")).toList())
                    .containsExactly("confirmed");
            assertThat(browser.text()).contains("Siparişi iptal et…").doesNotContain("Kargoya verildi olarak");

            // The page's own confirm form, turned into a forged "delivered" before it is sent.
            browser.script("document.querySelector('input[name=to][value=confirmed]').value = 'delivered'");
            browser.follow("input[name=to][value=delivered] ~ button");
            assertThat(browser.url()).contains("problem=illegal_status_change");
            assertThat(browser.find("[role=alert]").getText()).contains("Bu değişiklik bu sipariş için şu anda "
                    + "mümkün değil, hiçbir şey değişmedi");
            browser.look("admin-order-refused");
        }
        assertThat(order.state()).isEqualTo("PENDING/PENDING");
        assertThat(Database.count("select count(*) from order_status_changes where order_id = ?::uuid", order.id()))
                .isEqualTo(1);

        AdminClient owner = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        String page = "/admin/orders/" + order.id();
        for (String to : new String[]{"shipped", "refunded", "fulfillment_failed", "PENDING", ""}) {
            Response refused = owner.post(page, page + "/status", Map.of("to", to, "tracking_number", "ARAS123"));
            assertThat(refused.statusCode()).as(to).isEqualTo(303);
            assertThat(refused.header("Location")).as(to).endsWith(page + "?problem=illegal_status_change");
        }
        assertThat(order.state()).isEqualTo("PENDING/PENDING");
        assertThat(Database.single("select tracking_number from orders where id = ?::uuid", order.id())).isNull();
    }

    @Test
    void cancelling_asks_for_confirmation_and_gives_the_stock_back() {
        Ready ready = AdminShops.open("cancel");
        Placed order = ready.order("iptal@example.com", 3);
        try (Browser browser = Browser.open()) {
            signIn(browser, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            browser.go(ready.url("/admin/orders/" + order.id()));
            browser.follow("a[href$='/cancel']");
            assertThat(browser.find("h1").getText()).contains(order.number(), "iptal edilsin mi?");
            assertThat(order.state()).isEqualTo("PENDING/PENDING");
            browser.look("admin-order-cancel");
            browser.follow("form[action$='/status'] button");
            assertThat(browser.text()).contains("Sipariş iptal edildi.", "Şu anda durum değiştirilemez.");
        }
        assertThat(order.state()).isEqualTo("CANCELLED/PENDING");
        assertThat(Database.single("select stock from products where id = ?::uuid", ready.mugId())).isEqualTo(100);
    }

    @Test
    void a_partial_then_a_full_refund_change_the_orders_payment_status() {
        Ready ready = AdminShops.open("refund");
        Placed order = ready.paidOrder("iade@example.com", 2);
        try (Browser browser = Browser.open()) {
            signIn(browser, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            browser.go(ready.url("/admin/orders/" + order.id()));
            browser.type("#amount", "100,5").type("#reason", "").follow("form.refund-form button");
            assertThat(browser.find(".error-summary").getText()).contains("İadenin nedenini girin");
            assertThat(browser.find("#amount").getAttribute("value")).isEqualTo("100,5");

            browser.type("#reason", "Kırık kupa").follow("form.refund-form button");
            assertThat(browser.find("h1").getText()).contains("kontrol edip onaylayın");
            assertThat(browser.text()).contains("₺100,50", "Kırık kupa");
            assertThat(order.state()).isEqualTo("CONFIRMED/PAID");
            browser.look("admin-refund-check");
            browser.follow("input[name=step][value=confirm] ~ button");
            assertThat(browser.text()).contains("İade yapıldı.", "Kısmen İade Edildi", "₺100,50", "başarılı",
                    "Kırık kupa");
            assertThat(order.state()).isEqualTo("CONFIRMED/PARTIALLY_REFUNDED");
            browser.look("admin-order-refunded-in-part");

            browser.type("#amount", "1.234").type("#reason", "Fazla").follow("form.refund-form button");
            assertThat(browser.find("#amount-error").getText()).contains("iki türlü okunabilir");
            browser.type("#amount", "1.234,56").type("#reason", "Fazla").follow("form.refund-form button");
            assertThat(browser.text()).contains("₺1.234,56", "Fazla");
            browser.follow("input[name=step][value=confirm] ~ button");
            assertThat(browser.find("#amount-error").getText()).contains("₺429,40");
            assertThat(order.state()).isEqualTo("CONFIRMED/PARTIALLY_REFUNDED");

            browser.type("#amount", "").type("#reason", "Sipariş iptal").follow("form.refund-form button");
            assertThat(browser.text()).contains("₺429,40", "kalanın tamamı");
            browser.follow("input[name=step][value=confirm] ~ button");
            assertThat(browser.text()).contains("İade yapıldı.", "İade Edildi");
            assertThat(browser.all("form.refund-form")).isEmpty();
        }
        assertThat(order.state()).isEqualTo("REFUNDED/REFUNDED");
        assertThat(Database.column("select r.status || ' ' || r.amount || ' ' || r.actor_name from refunds r "
                + "join payments p on p.id = r.payment_id where p.order_id = ?::uuid order by r.created_at",
                order.id())).containsExactly("SUCCEEDED 100.5000 " + ready.shop().ownerEmail(),
                "SUCCEEDED 429.4000 " + ready.shop().ownerEmail());
    }

    @Test
    void another_shops_order_is_the_404_page_and_its_posts_change_nothing() {
        Ready ready = AdminShops.open("mine");
        Placed order = ready.paidOrder("benim@example.com", 1);
        Ready other = AdminShops.open("theirs");
        AdminClient stranger = AdminClient.signIn(other.shop().slug(), other.shop().ownerEmail(),
                other.shop().ownerPassword());
        stranger.get("/admin/orders/" + order.id()).then().statusCode(404)
                .body(containsString("Sayfa bulunamadı"));
        stranger.post("/admin/orders", "/admin/orders/" + order.id() + "/status",
                Map.of("to", "cancelled")).then().statusCode(404);
        assertThat(order.state()).isEqualTo("CONFIRMED/PAID");
        stranger.get("/admin/orders?order_number=" + order.number()).then().statusCode(200)
                .body(containsString("Eşleşen sipariş yok."));
        try (Browser browser = Browser.open()) {
            signIn(browser, other, other.shop().ownerEmail(), other.shop().ownerPassword());
            browser.go(other.url("/admin/orders/" + order.id()));
            assertThat(browser.find("h1").getText()).isEqualTo("Sayfa bulunamadı");
            browser.look("admin-not-found");
        }
    }

    @Test
    void the_list_filters_sorts_and_pages_and_exports_the_same_orders_as_safe_csv() {
        Ready ready = AdminShops.open("list");
        Placed paid = ready.paidOrder("=2+3@example.com", 1);
        for (int i = 0; i < 21; i++) {
            ready.order("liste-" + i + "@example.com", 1 + i % 3);
        }
        AdminClient owner = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        String first = owner.get("/admin/orders").asString();
        assertThat(first).contains("22 siparişten 1–20 arası").contains("href=\"/admin/orders?page=2\"");
        String sorted = owner.get("/admin/orders?sort=total_desc&payment_status=pending").asString();
        assertThat(sorted).contains("href=\"/admin/orders?payment_status=pending&amp;sort=total_desc&amp;page=2\"")
                .contains("aria-sort=\"descending\"").contains("21 siparişten 1–20 arası");
        owner.get("/admin/orders?customer_email=LISTE-3@example.com").then()
                .body(containsString("liste-3@example.com"), containsString("1 siparişten 1–1 arası"));
        owner.get("/admin/orders?created_from=yesterday").then().statusCode(200)
                .body(containsString("2026-11-23 gibi bir tarih girin"));

        Response csv = owner.get("/admin/orders.csv?payment_status=pending&sort=total_desc");
        csv.then().statusCode(200).contentType("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"orders-"
                + ready.shop().slug());
        String[] lines = csv.asString().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFForder_number,created_at (Europe/Istanbul),status,payment_status");
        assertThat(lines).hasSize(22);
        assertThat(lines[1]).contains(",pending,pending,liste-", ",3,779.90,TRY");
        assertThat(String.join("\n", lines)).doesNotContain(paid.number());
        assertThat(owner.get("/admin/orders.csv").asString().split("\r\n")).hasSize(23)
                .anySatisfy(line -> assertThat(line).startsWith(paid.number() + ",")
                        .contains(",confirmed,paid,'=2+3@example.com,1,279.90,TRY"));
    }
}
