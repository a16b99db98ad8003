package io.kervan.it.admin;

import io.kervan.it.admin.AdminShops.Placed;
import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.storefront.Browser;
import io.kervan.it.support.Api;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.kervan.it.support.Mailbox;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * Who gets into a shop's admin panel and how: the staff sign-in with the API's accounts and token rules, the session
 * in a cookie for /admin only, back to the page asked for after signing in (again after a session ended), sign-out,
 * a deactivated member out at once, the forgotten password by mail, form tokens on every post, and no panel on the
 * bare domain.
 */
@KervanTest
class AdminSignInIT {

    private static final Pattern LINK = Pattern.compile("http\\S+(/admin/reset-password\\?token=[A-Za-z0-9_-]+)");

    @Test
    void the_bare_domain_and_an_unknown_shop_have_no_admin_panel() {
        Api.platform().accept("text/html").get("/admin/").then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("No shop admin here"));
        Api.platform().accept("text/html").get("/admin/sign-in").then().statusCode(404);
        Api.shop("no-such-shop").accept("text/html").get("/admin/sign-in").then().statusCode(404)
                .body(containsString("Mağaza yönetim paneli"));
    }

    @Test
    void signing_in_returns_to_the_page_asked_for_and_an_ended_session_signs_in_again_to_it() {
        Ready ready = AdminShops.open("signin");
        Placed order = ready.order("giris@example.com", 1);
        String owner = ready.shop().ownerEmail();
        try (Browser browser = Browser.open()) {
            browser.go(ready.url("/admin/orders?status=pending"));
            assertThat(browser.url()).endsWith("/admin/sign-in?next="
                    + URLEncoder.encode("/admin/orders?status=pending", StandardCharsets.UTF_8));
            assertThat(browser.find("h1").getText()).isEqualTo("Mağaza yönetimine giriş");
            browser.look("admin-sign-in");

            browser.type("#email", owner).type("#password", "wrong-password-1").follow("form[action$=sign-in] button");
            assertThat(browser.find(".error-summary").getText()).contains("E-posta adresi ya da parola yanlış");
            assertThat(browser.find("#email").getAttribute("value")).isEqualTo(owner);
            browser.look("admin-sign-in-error");

            browser.type("#password", ready.shop().ownerPassword()).follow("form[action$=sign-in] button");
            assertThat(browser.url()).endsWith("/admin/orders?status=pending");
            assertThat(browser.text()).contains(order.number(), owner + " (sahip)");

            // Signing out through the API ends every token of the member, the panel's session too.
            ready.shop().request().auth().oauth2(ready.shop().ownerToken()).post("/api/staff/auth/logout/").then()
                    .statusCode(204);
            browser.go(ready.url("/admin/orders/" + order.id()));
            assertThat(browser.url()).contains("/admin/sign-in?next=", "ended=1");
            assertThat(browser.text()).contains("Oturumunuz sona erdi");
            browser.look("admin-sign-in-ended");
            browser.type("#email", owner).type("#password", ready.shop().ownerPassword())
                    .follow("form[action$=sign-in] button");
            assertThat(browser.url()).endsWith("/admin/orders/" + order.id());

            browser.follow("form[action='/admin/sign-out'] button");
            assertThat(browser.text()).contains("Çıkış yaptınız.");
            browser.go(ready.url("/admin/"));
            assertThat(browser.url()).endsWith("/admin/sign-in");
        }
    }

    @Test
    void the_session_is_an_http_only_cookie_for_admin_only_holding_a_token_checked_on_every_request() {
        Ready ready = AdminShops.open("cookie");
        Response form = AdminClient.page(ready.shop().slug()).get("/admin/sign-in");
        Response signedIn = AdminClient.page(ready.shop().slug()).cookie("admin_form", form.getCookie("admin_form"))
                .formParam("_csrf", AdminClient.token(form.asString()))
                .formParam("email", ready.shop().ownerEmail()).formParam("password", ready.shop().ownerPassword())
                .post("/admin/sign-in");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo("/admin/");
        String cookie = signedIn.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("admin_token=")).findFirst().orElseThrow();
        // Undertow spells the attribute "path"; browsers read attribute names case-insensitively.
        assertThat(cookie).containsIgnoringCase("Path=/admin;").contains("HttpOnly", "SameSite=Lax", "Max-Age=28800")
                .doesNotContainIgnoringCase("domain=");
        AdminClient.page(ready.shop().slug()).cookie("admin_token", signedIn.getCookie("admin_token"))
                .get("/admin/").then().statusCode(200).body(containsString("Özet"));

        String customer = ready.shop().request().body(Map.of("email", "musteri@example.com",
                        "password", "customer-password-1", "first_name", "Ayşe", "last_name", "Yılmaz"))
                .post("/api/auth/register/").then().statusCode(201).extract().path("access_token");
        Ready other = AdminShops.open("cookie-other");
        for (String stranger : List.of(customer, other.owner(), ready.owner() + "x", "not-a-token")) {
            Response refused = AdminClient.page(ready.shop().slug()).cookie("admin_token", stranger).get("/admin/orders");
            assertThat(refused.statusCode()).isEqualTo(303);
            assertThat(refused.header("Location")).isEqualTo("/admin/sign-in?next=%2Fadmin%2Forders&ended=1");
        }
        // The API's own staff token is the same kind of token, and works in the panel.
        AdminClient.page(ready.shop().slug()).cookie("admin_token", ready.owner()).get("/admin/orders").then()
                .statusCode(200);
    }

    @Test
    void a_post_without_its_sessions_form_token_writes_nothing() {
        Ready ready = AdminShops.open("csrf");
        Placed order = ready.order("csrf@example.com", 1);
        AdminClient owner = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        AdminClient otherSession = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        String page = "/admin/orders/" + order.id();
        owner.postWithoutToken(page + "/status", Map.of("to", "confirmed")).then().statusCode(403)
                .body(containsString("Bu formun süresi doldu"), containsString("hiçbir şey değişmedi"));
        String foreignToken = AdminClient.token(otherSession.get(page).asString());
        AdminClient.page(ready.shop().slug()).cookie("admin_token", owner.session()).formParam("_csrf", foreignToken)
                .formParam("to", "confirmed").post(page + "/status").then().statusCode(403);
        String token = AdminClient.token(owner.get(page).asString());
        AdminClient.page(ready.shop().slug()).cookie("admin_token", owner.session()).formParam("_csrf", token)
                .header("Origin", "http://evil.localhost:" + Api.HTTP_PORT).formParam("to", "confirmed")
                .post(page + "/status").then().statusCode(403);
        AdminClient.page(ready.shop().slug()).formParam("email", ready.shop().ownerEmail())
                .formParam("password", ready.shop().ownerPassword()).post("/admin/sign-in").then().statusCode(403);
        assertThat(order.state()).isEqualTo("PENDING/PENDING");

        AdminClient.page(ready.shop().slug()).cookie("admin_token", owner.session()).formParam("_csrf", token)
                .formParam("to", "confirmed").post(page + "/status").then().statusCode(303);
        assertThat(order.state()).isEqualTo("CONFIRMED/PENDING");
    }

    @Test
    void a_deactivated_member_is_signed_out_at_once() {
        Ready ready = AdminShops.open("deactivated");
        String email = ready.member("admin");
        AdminClient admin = AdminClient.signIn(ready.shop().slug(), email, AdminShops.PASSWORD);
        admin.get("/admin/orders").then().statusCode(200);
        String id = Database.single("select id::text from staff_members where email = ?", email).toString();
        ready.shop().request().auth().oauth2(ready.owner()).post("/api/staff/members/" + id + "/deactivate/")
                .then().statusCode(200);
        Response out = admin.get("/admin/orders");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).contains("/admin/sign-in", "ended=1");
        assertThat(AdminClient.page(ready.shop().slug()).get("/admin/sign-in").asString()).contains("Giriş yap");
    }

    @Test
    void a_forgotten_password_is_reset_through_the_mailed_link_which_signs_the_member_in() throws Exception {
        Ready ready = AdminShops.open("forgot");
        String owner = ready.shop().ownerEmail();
        try (Browser browser = Browser.open()) {
            browser.go(ready.url("/admin/sign-in"));
            browser.follow("a[href='/admin/forgot-password']");
            browser.look("admin-forgot-password");
            browser.type("#email", owner).follow("form[action$=forgot-password] button");
            assertThat(browser.text()).contains("bağlantı yolda");

            List<MimeMessage> mails = Mailbox.mailTo(owner, 1, Duration.ofSeconds(20));
            assertThat(mails).hasSize(1);
            Matcher link = LINK.matcher((String) mails.get(0).getContent());
            assertThat(link.find()).isTrue();
            browser.go(ready.url(link.group(1)));
            assertThat(browser.find("h1").getText()).isEqualTo("Yeni parola seçin");
            browser.look("admin-reset-password");

            browser.type("#password", "new-owner-password").type("#password_again", "new-owner-passw0rd")
                    .follow("form[action$=reset-password] button");
            assertThat(browser.find(".error-summary").getText()).contains("İki parola aynı değil");
            browser.type("#password", "short").type("#password_again", "short")
                    .follow("form[action$=reset-password] button");
            assertThat(browser.find(".error-summary").getText()).contains("10 ile 128 karakter");
            browser.type("#password", "new-owner-password").type("#password_again", "new-owner-password")
                    .follow("form[action$=reset-password] button");
            assertThat(browser.url()).endsWith("/admin/?done=password_reset");
            assertThat(browser.text()).contains("Yeni parolanız kaydedildi ve giriş yaptınız.");

            browser.go(ready.url(link.group(1)));
            browser.type("#password", "another-password-1").type("#password_again", "another-password-1")
                    .follow("form[action$=reset-password] button");
            assertThat(browser.text()).contains("Bu bağlantı kullanılamıyor");
        }
        ready.shop().request().body(Map.of("email", owner, "password", "new-owner-password"))
                .post("/api/staff/auth/login/").then().statusCode(200);
    }
}
