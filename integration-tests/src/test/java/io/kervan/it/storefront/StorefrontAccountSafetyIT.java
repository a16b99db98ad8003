package io.kervan.it.storefront;

import io.kervan.devkit.simulators.TelegramSimulator;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The account pages' sessions and safety, as plain HTTP can press them: the customer token in an HttpOnly cookie that
 * the API takes too; a token that no longer counts (ended, another shop's, a staff member's, not a token) signs the
 * browser out and clears its cookie; form tokens on every account form; sign-in throttled as in the API; the guest
 * cart joining the customer's; back to the page asked for, and never to another site.
 */
@KervanTest
class StorefrontAccountSafetyIT {

    static final String PASSWORD = "kervan-page-password";

    /** Registers on the pages and returns the browser, signed in. */
    static PageClient registered(Shop shop, String email) {
        PageClient browser = new PageClient(shop);
        browser.submit("/account/register", "/account/register", Map.of("first_name", "Ayşe", "last_name", "Yılmaz",
                "email", email, "phone", "", "password", PASSWORD)).then().statusCode(303)
                .header("Location", "/account?notice=registered");
        return browser;
    }

    private static long customers(Shop shop) {
        return Database.count("select count(*) from customers c join tenants t on t.id = c.tenant_id "
                + "where t.slug = ?", shop.slug());
    }

    @Test
    void the_customer_token_is_kept_in_an_http_only_lax_cookie_that_the_api_takes_as_well() {
        Shop shop = Api.openShop("acct-cookie", "tr");
        PageClient browser = new PageClient(shop);
        browser.get("/account/register");
        Response registered = browser.post("/account/register", Map.of("first_name", "Ayşe", "last_name", "Yılmaz",
                "email", "cookie@example.com", "password", PASSWORD));

        String cookie = registered.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("token=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").containsIgnoringCase("path=/")
                .containsIgnoringCase("max-age=28800").doesNotContain("Secure").doesNotContainIgnoringCase("domain");
        assertThat(registered.getHeaders().getValues("Set-Cookie")).as("a new browser session on sign-in")
                .anySatisfy(c -> assertThat(c).startsWith("sid="));
        shop.request().auth().oauth2(browser.cookie("token")).get("/api/auth/me/").then().statusCode(200)
                .body("email", equalTo("cookie@example.com")).body("tenant", equalTo(shop.slug()));
        browser.get("/account").then().statusCode(200).body(containsString("cookie@example.com"));
    }

    @Test
    void a_token_that_no_longer_counts_signs_the_browser_out_and_clears_its_cookie() {
        Shop shop = Api.openShop("acct-ended", "tr");
        Shop other = Api.openShop("acct-other", "tr");
        PageClient browser = registered(shop, "ended@example.com");
        String token = browser.cookie("token");
        browser.get("/account").then().statusCode(200);

        shop.request().auth().oauth2(token).post("/api/auth/logout/").then().statusCode(204);
        Response after = browser.get("/account");
        after.then().statusCode(303).header("Location", "/account/sign-in?next=%2Faccount");
        assertThat(after.getHeaders().getValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("token=")
                .satisfies(cleared -> assertThat(PageClient.cleared(cleared, cleared.split(";")[0]
                        .substring("token=".length()))).isTrue()));
        assertThat(browser.cookie("token")).isNull();
        browser.get("/products").then().statusCode(200).body(containsString(">Giriş yap</a>"));

        String otherShops = new PageClient(other).submit("/account/register", "/account/register",
                Map.of("first_name", "Ali", "last_name", "Kaya", "email", "ended@example.com", "password", PASSWORD))
                .getCookie("token");
        for (String notGood : List.of(otherShops, shop.ownerToken(), "not.a.token", token + "x")) {
            PageClient holder = new PageClient(shop);
            holder.setCookie("token", notGood);
            holder.get("/account").then().statusCode(303);
            assertThat(holder.cookie("token")).as("cleared").isNull();
        }
    }

    @Test
    void changing_the_password_elsewhere_signs_this_browser_out_and_a_fresh_sign_in_works() {
        Shop shop = Api.openShop("acct-moved", "tr");
        PageClient here = registered(shop, "moved@example.com");
        PageClient elsewhere = new PageClient(shop);
        elsewhere.submit("/account/sign-in", "/account/sign-in", Map.of("email", "moved@example.com",
                "password", PASSWORD)).then().statusCode(303).header("Location", "/account");

        elsewhere.submit("/account/password", "/account/password", Map.of("current_password", PASSWORD,
                "new_password", "a-brand-new-password")).then().statusCode(303)
                .header("Location", "/account?notice=password_changed");
        elsewhere.get("/account?notice=password_changed").then().statusCode(200)
                .body(containsString("Şifreniz değişti"));
        here.get("/account").then().statusCode(303);
        assertThat(here.cookie("token")).isNull();
    }

    @Test
    void every_account_form_refuses_a_post_without_its_form_token_and_changes_nothing() {
        Shop shop = Api.openShop("acct-csrf", "tr");
        PageClient signedIn = registered(shop, "csrf@example.com");
        Map<String, Map<String, String>> forms = Map.of(
                "/account/register", Map.of("first_name", "Mal", "last_name", "Lory", "email", "mal@example.com",
                        "password", PASSWORD),
                "/account/sign-in", Map.of("email", "csrf@example.com", "password", PASSWORD),
                "/account/forgot-password", Map.of("email", "csrf@example.com"),
                "/account/reset-password", Map.of("token", "whatever", "new_password", "another-password-1"),
                "/account/password", Map.of("current_password", PASSWORD, "new_password", "another-password-1"),
                "/account/sign-out", Map.of(),
                "/account/telegram", Map.of("telegram_data", "{}"));
        for (var form : forms.entrySet()) {
            PageClient forger = new PageClient(shop);
            forger.setCookie("sid", signedIn.cookie("sid"));
            forger.setCookie("token", signedIn.cookie("token"));
            Response forged = forger.request().formParams(form.getValue()).post(form.getKey());
            assertThat(forged.statusCode()).as(form.getKey()).isEqualTo(403);
            assertThat(forged.asString()).as(form.getKey()).contains("Bu formun süresi doldu");
            forger.request().formParams(form.getValue()).formParam("_csrf", signedIn.formToken())
                    .header("Origin", "http://evil.localhost:" + Api.HTTP_PORT).post(form.getKey())
                    .then().statusCode(403);
        }
        assertThat(customers(shop)).as("nobody registered").isOne();
        signedIn.get("/account").then().statusCode(200).body(containsString("csrf@example.com"));
        shop.request().body(Map.of("email", "csrf@example.com", "password", PASSWORD)).post("/api/auth/login/")
                .then().statusCode(200);
        assertThat(Database.count("select count(*) from jobs where kind = 'password-reset-mail' and payload like ?",
                "%" + Database.single("select id::text from customers where email = 'csrf@example.com'") + "%"))
                .as("no reset mail asked for").isZero();
    }

    @Test
    void what_a_shopper_typed_comes_back_escaped_and_never_runs() {
        Shop shop = Api.openShop("acct-escape", "tr");
        PageClient browser = new PageClient(shop);
        browser.get("/account/register?next=/orders%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
        String page = browser.post("/account/register", Map.of("first_name", "<script>alert(2)</script>",
                        "last_name", "\"><img src=x onerror=alert(3)>", "email", "not-an-email",
                        "password", PASSWORD, "next", "/orders\"><script>alert(1)</script>"))
                .then().statusCode(422).extract().asString();
        // In an attribute "<" and the quote are what must be escaped (jte's attribute escaping); ">" is harmless there.
        assertThat(page).contains("value=\"&lt;script>alert(2)&lt;/script>\"",
                        "value=\"&#34;>&lt;img src=x onerror=alert(3)>\"",
                        "value=\"/orders&#34;>&lt;script>alert(1)&lt;/script>\"")
                .doesNotContain("<script>alert", "<img src=x");
        assertThat(page).contains("<title>Hata: Hesap oluşturun", "E-posta adresini doğru biçimde girin");
        assertThat(customers(shop)).isZero();
    }

    @Test
    void sign_in_is_throttled_as_in_the_api_and_the_429_is_a_page_that_says_how_long_to_wait() {
        Shop shop = Api.openShop("acct-throttle", "tr");
        registered(shop, "guessed@example.com");
        PageClient guesser = new PageClient(shop);
        guesser.get("/account/sign-in");
        for (int attempt = 1; attempt <= 5; attempt++) {
            guesser.post("/account/sign-in", Map.of("email", "guessed@example.com", "password", "wrong-" + attempt))
                    .then().statusCode(422).body(containsString("E-posta adresi ya da şifre doğru değil"),
                            containsString("value=\"guessed@example.com\""));
        }
        Response locked = guesser.post("/account/sign-in", Map.of("email", "guessed@example.com",
                "password", PASSWORD));
        locked.then().statusCode(429).contentType(startsWith("text/html"))
                .body(containsString("Çok fazla giriş denemesi oldu"), containsString("15 dakika"),
                        containsString("/account/forgot-password"));
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 15 * 60);
        assertThat(guesser.cookie("token")).isNull();
        shop.request().body(Map.of("email", "guessed@example.com", "password", PASSWORD)).post("/api/auth/login/")
                .then().statusCode(429);
    }

    @Test
    void the_guest_cart_joins_the_customers_cart_when_they_sign_in() {
        Storefronts.Ready ready = Storefronts.open("acct-cart");
        Shop shop = ready.shop();
        PageClient earlier = registered(shop, "cart@example.com");
        earlier.submit("/products/" + ready.teaId(), "/cart/add", Map.of("product_id", ready.teaId(),
                "quantity", "1")).then().statusCode(303);
        earlier.post("/account/sign-out", Map.of()).then().statusCode(303);

        PageClient guest = new PageClient(shop);
        guest.submit("/products/" + ready.mugId(), "/cart/add", Map.of("product_id", ready.mugId(), "quantity", "2"))
                .then().statusCode(303);
        assertThat(guest.cookie("cart")).isNotNull();
        guest.submit("/account/sign-in", "/account/sign-in", Map.of("email", "cart@example.com",
                "password", PASSWORD, "next", "/cart")).then().statusCode(303).header("Location", "/cart");
        assertThat(guest.cookie("cart")).as("the guest cart's id is forgotten").isNull();
        assertThat(guest.cookie("cart_n")).isEqualTo("3");
        guest.get("/cart").then().statusCode(200).body(containsString("Kervan Kupa"), containsString("Rize Çayı"));
        assertThat(Database.count("select count(*) from carts c join tenants t on t.id = c.tenant_id "
                + "where t.slug = ?", shop.slug())).as("one cart, the customer's").isOne();
    }

    @Test
    void signing_in_leads_back_to_the_page_asked_for_and_never_to_another_site() {
        Shop shop = Api.openShop("acct-next", "tr");
        registered(shop, "next@example.com").post("/account/sign-out", Map.of());
        PageClient browser = new PageClient(shop);
        browser.get("/account/orders?page=2").then().statusCode(303)
                .header("Location", "/account/sign-in?next=%2Faccount%2Forders%3Fpage%3D2");
        browser.get("/account/sign-in?next=%2Faccount%2Forders%3Fpage%3D2").then().statusCode(200)
                .body(containsString("name=\"next\" value=\"/account/orders?page=2\""));
        browser.post("/account/sign-in", Map.of("email", "next@example.com", "password", PASSWORD,
                "next", "/account/orders?page=2")).then().statusCode(303)
                .header("Location", "/account/orders?page=2");

        for (String away : List.of("https://evil.example/", "//evil.example/", "/\\evil.example")) {
            PageClient other = new PageClient(shop);
            other.get("/account/sign-in");
            other.post("/account/sign-in", Map.of("email", "next@example.com", "password", PASSWORD, "next", away))
                    .then().statusCode(303).header("Location", "/account");
        }
    }

    /** A shop with a telegram integration holding its own bot token; returns the token. */
    static String connectTelegram(Shop shop) {
        String botToken = "7200" + Math.abs(shop.slug().hashCode() % 100000) + ":AAKervanPageIT"
                + shop.slug().replaceAll("[^A-Za-z0-9]", "") + "BotTokenSecretPart";
        shop.asOwner().body(Map.of("provider_type", "telegram", "name", "Telegram sign-in", "status", "active",
                "api_key", botToken)).post("/api/integrations/").then().statusCode(201);
        return botToken;
    }

    /** What Telegram's login window hands the page, signed with the bot's token, as the page's script posts it. */
    static String widgetData(long telegramId, String botToken) {
        Map<String, String> signed = TelegramSimulator.signLogin(Map.of("id", String.valueOf(telegramId),
                "first_name", "Ayşe", "username", "ayse_tg", "auth_date",
                String.valueOf(Instant.now().getEpochSecond())), botToken);
        return "{" + signed.entrySet().stream().map(e -> "\"" + e.getKey() + "\":"
                + (e.getKey().equals("id") || e.getKey().equals("auth_date") ? e.getValue()
                : "\"" + e.getValue() + "\"")).collect(Collectors.joining(",")) + "}";
    }

    @Test
    void the_sign_in_page_offers_telegram_only_when_the_shop_has_a_bot_with_no_script_from_another_host() {
        Shop without = Api.openShop("tg-page-none", "tr");
        Response plain = new PageClient(without).get("/account/sign-in");
        assertThat(plain.asString()).doesNotContain("telegram-login", "data-bot-id");

        Shop with = Api.openShop("tg-page", "tr");
        String botToken = connectTelegram(with);
        String botId = botToken.substring(0, botToken.indexOf(':'));
        Response signIn = new PageClient(with).get("/account/sign-in");
        assertThat(signIn.asString()).contains("<script src=\"/assets/telegram-login.", "data-bot-id=\"" + botId + "\"",
                        "Telegram ile giriş yap")
                .doesNotContain(botToken.substring(botToken.indexOf(':')), "<script src=\"http", "telegram.org");
        assertThat(signIn.header("Content-Security-Policy")).as("Kervan's own scripts only, Telegram's button too")
                .contains("script-src 'self';").doesNotContain("telegram", "connect-src");
        Matcher src = Pattern.compile("/assets/telegram-login\\.[0-9a-f]+\\.js").matcher(signIn.asString());
        assertThat(src.find()).isTrue();
        String script = new PageClient(with).get(src.group()).then().statusCode(200).extract().asString();
        assertThat(script).as("only the login window this page opened may answer")
                .contains("'https://oauth.telegram.org'", "event.origin !== TELEGRAM", "event.source !== popup");
    }

    @Test
    void telegram_data_posted_by_the_sign_in_page_signs_the_customer_in_through_the_same_service() {
        Shop shop = Api.openShop("tg-page-in", "tr");
        String botToken = connectTelegram(shop);
        long telegramId = 6_100_000_000L + (System.nanoTime() % 1_000_000_000L);

        PageClient forged = new PageClient(shop);
        forged.get("/account/sign-in");
        String tampered = widgetData(telegramId, botToken).replace("Ayşe", "Mallory");
        forged.post("/account/telegram", Map.of("telegram_data", tampered)).then().statusCode(422)
                .body(containsString("Telegram ile giriş olmadı"));
        forged.post("/account/telegram", Map.of("telegram_data", "not json")).then().statusCode(422);
        assertThat(forged.cookie("token")).isNull();
        assertThat(customers(shop)).isZero();

        PageClient browser = new PageClient(shop);
        browser.get("/account/sign-in?next=%2Faccount%2Forders");
        browser.post("/account/telegram", Map.of("telegram_data", widgetData(telegramId, botToken),
                "next", "/account/orders")).then().statusCode(303).header("Location", "/account/orders");
        browser.get("/account").then().statusCode(200).body(containsString("Telegram ile giriş yaptınız"));
        shop.request().auth().oauth2(browser.cookie("token")).get("/api/auth/me/").then().statusCode(200)
                .body("roles", equalTo(List.of("customer")));
        browser.get("/account/password").then().statusCode(200)
                .body(containsString("değiştirilecek bir şifresi yok"));
        assertThat(Database.column("select telegram_username from customers where telegram_user_id = ?",
                telegramId)).containsExactly("ayse_tg");
    }

    @Test
    void the_account_pages_are_kept_out_of_search_engines() {
        Shop shop = Api.openShop("acct-robots", "tr");
        new PageClient(shop).get("/account/sign-in").then().statusCode(200)
                .body(containsString("<meta name=\"robots\" content=\"noindex\">"));
        shop.request().accept("text/plain").get("/robots.txt").then().body(containsString("Disallow: /account"));
    }
}
