package io.kervan.it.identity;

import io.kervan.devkit.simulators.TelegramSimulator;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Customers sign in with the data of Telegram's login widget, verified with the shop's own bot token from its
 * {@code telegram} integration; their orders keep their Telegram account. The widget's signing is done by the
 * Telegram simulator, which also answers the integration test's {@code getMe}.
 */
@KervanTest
class TelegramSignInIT {

    /** Telegram's user ids have long outgrown 32 bits. */
    private static final AtomicLong TELEGRAM_IDS = new AtomicLong(6_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static TelegramSimulator telegram;

    @BeforeAll
    static void startTelegram() {
        telegram = TelegramSimulator.start();
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    /** A shop with a live telegram integration holding its own bot token. */
    private record TelegramShop(Shop shop, String botToken, String integrationId) {

        RequestSpecification request() {
            return shop.request();
        }
    }

    private static TelegramShop shopWithBot(String prefix) {
        Shop shop = Api.openShop(prefix);
        String botToken = (7_100_000_000L + TELEGRAM_IDS.incrementAndGet() % 1_000_000) + ":AAKervanIT"
                + shop.slug().replaceAll("[^A-Za-z0-9]", "") + "BotTokenSecretPart";
        String id = shop.asOwner().body(Map.of("provider_type", "telegram", "name", "Telegram sign-in",
                        "status", "active", "api_key", botToken))
                .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");
        return new TelegramShop(shop, botToken, id);
    }

    /** What the widget gives for a user, as its JavaScript callback hands it over (id and auth_date as numbers). */
    private static Map<String, Object> widgetData(long telegramId, String username, Instant authDate, String botToken) {
        Map<String, String> fields = new HashMap<>(Map.of("id", String.valueOf(telegramId), "first_name", "Ayşe",
                "last_name", "Yılmaz", "photo_url", "https://t.me/i/userpic/320/" + telegramId + ".jpg",
                "auth_date", String.valueOf(authDate.getEpochSecond())));
        if (username != null) {
            fields.put("username", username);
        }
        Map<String, Object> body = new HashMap<>(TelegramSimulator.signLogin(fields, botToken));
        body.put("id", telegramId);
        body.put("auth_date", authDate.getEpochSecond());
        return body;
    }

    private static Map<String, Object> widgetData(long telegramId, String botToken) {
        return widgetData(telegramId, "ayse_" + telegramId, Instant.now(), botToken);
    }

    private static Response signIn(RequestSpecification request, Map<String, Object> widgetData) {
        return request.body(widgetData).post("/api/auth/telegram/");
    }

    private static long customersOf(Shop shop) {
        return Database.count("select count(*) from customers c join tenants t on t.id = c.tenant_id "
                + "where t.slug = ?", shop.slug());
    }

    private static void problem(Response response, int status, String code) {
        response.then().statusCode(status).contentType(startsWith("application/problem+json"))
                .body("code", equalTo(code));
    }

    @Test
    void a_first_telegram_sign_in_creates_the_customer_and_the_next_one_finds_them() {
        TelegramShop s = shopWithBot("tg-new");
        long telegramId = TELEGRAM_IDS.incrementAndGet();

        Response first = signIn(s.request(), widgetData(telegramId, "ayse_old", Instant.now(), s.botToken()));
        first.then().statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("account.email", nullValue())
                .body("account.roles", contains("customer"))
                .body("account.tenant", equalTo(s.shop().slug()));
        String customerId = first.path("account.id");
        s.request().auth().oauth2(first.<String>path("access_token")).get("/api/auth/me/")
                .then().statusCode(200)
                .body("id", equalTo(customerId))
                .body("email", nullValue())
                .body("roles", contains("customer"));

        signIn(s.request(), widgetData(telegramId, "ayse_new", Instant.now(), s.botToken()))
                .then().statusCode(200).body("account.id", equalTo(customerId));

        assertThat(customersOf(s.shop())).isEqualTo(1);
        assertThat(Database.column("select concat_ws('|', first_name, last_name, telegram_username, "
                + "coalesce(email, 'no email'), coalesce(password_hash, 'no password')) from customers "
                + "where telegram_user_id = ?", telegramId))
                .containsExactly("Ayşe|Yılmaz|ayse_new|no email|no password");
    }

    @Test
    void orders_of_a_telegram_customer_keep_their_telegram_account_for_staff() {
        TelegramShop s = shopWithBot("tg-orders");
        String owner = s.shop().ownerToken();
        long telegramId = TELEGRAM_IDS.incrementAndGet();
        String anonymousCart = s.shop().addToCart(null, s.shop().addDigitalProduct(owner, "ESIM-TR-5GB", "150.00"), 1);

        String token = s.request().queryParam("cart_id", anonymousCart)
                .body(widgetData(telegramId, "traveller", Instant.now(), s.botToken()))
                .post("/api/auth/telegram/").then().statusCode(200).extract().path("access_token");
        String cart = s.request().auth().oauth2(token).get("/api/cart/")
                .then().statusCode(200).body("cart.item_count", equalTo(1)).extract().path("cart.cart_id");
        String orderId = s.request().auth().oauth2(token)
                .body(Shop.orderBody(cart, "traveller@example.com", null)).post("/api/orders/")
                .then().statusCode(201).extract().path("order.id");

        s.request().auth().oauth2(owner).get("/api/orders/" + orderId + "/")
                .then().statusCode(200)
                .body("order.customer.email", equalTo("traveller@example.com"))
                .body("order.customer.telegram_user_id", equalTo(telegramId))
                .body("order.customer.telegram_username", equalTo("traveller"));
        assertThat(Database.single("select concat(telegram_user_id, '/', telegram_username) from orders where id = ?",
                java.util.UUID.fromString(orderId))).isEqualTo(telegramId + "/traveller");

        // A guest's order has no Telegram account.
        String guestCart = s.shop().addToCart(null, s.shop().addDigitalProduct(owner, "ESIM-TR-1GB", "50.00"), 1);
        String guestOrder = s.request().body(Shop.orderBody(guestCart, "guest@example.com", null))
                .post("/api/orders/").then().statusCode(201).extract().path("order.id");
        s.request().auth().oauth2(owner).get("/api/orders/" + guestOrder + "/")
                .then().statusCode(200)
                .body("order.customer.telegram_user_id", nullValue())
                .body("order.customer.telegram_username", nullValue());
    }

    @Test
    void a_wrong_hash_is_a_401_problem_and_writes_nothing() {
        TelegramShop s = shopWithBot("tg-hash");
        Map<String, Object> tampered = widgetData(TELEGRAM_IDS.incrementAndGet(), s.botToken());
        tampered.put("first_name", "Mallory");

        problem(signIn(s.request(), tampered), 401, "invalid_telegram_login");
        Map<String, Object> extraField = widgetData(TELEGRAM_IDS.incrementAndGet(), s.botToken());
        extraField.put("is_admin", "true");
        problem(signIn(s.request(), extraField), 401, "invalid_telegram_login");

        assertThat(customersOf(s.shop())).isZero();
    }

    @Test
    void a_login_older_than_an_hour_or_from_the_future_is_refused() {
        TelegramShop s = shopWithBot("tg-stale");
        long telegramId = TELEGRAM_IDS.incrementAndGet();

        Response stale = signIn(s.request(), widgetData(telegramId, null, Instant.now().minus(Duration.ofMinutes(61)),
                s.botToken()));
        problem(stale, 401, "invalid_telegram_login");
        assertThat(stale.<String>path("detail")).contains("60 minutes old");
        problem(signIn(s.request(), widgetData(telegramId, null, Instant.now().plus(Duration.ofMinutes(5)),
                s.botToken())), 401, "invalid_telegram_login");

        signIn(s.request(), widgetData(telegramId, null, Instant.now().minus(Duration.ofMinutes(50)), s.botToken()))
                .then().statusCode(200);
        assertThat(customersOf(s.shop())).isEqualTo(1);
    }

    @Test
    void missing_or_malformed_fields_are_a_400_that_names_them() {
        TelegramShop s = shopWithBot("tg-fields");
        Map<String, Object> incomplete = widgetData(TELEGRAM_IDS.incrementAndGet(), s.botToken());
        incomplete.remove("first_name");
        incomplete.remove("auth_date");
        signIn(s.request(), incomplete).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItems("first_name", "auth_date"));

        Map<String, Object> nested = widgetData(TELEGRAM_IDS.incrementAndGet(), s.botToken());
        nested.put("photo_url", Map.of("small", "x"));
        signIn(s.request(), nested).then().statusCode(400).body("errors.field", contains("photo_url"));

        signIn(s.request(), Map.of()).then().statusCode(400)
                .body("errors.field", hasItems("id", "first_name", "auth_date", "hash"));
        s.request().queryParam("cart_id", "not-an-id").body(widgetData(TELEGRAM_IDS.incrementAndGet(), s.botToken()))
                .post("/api/auth/telegram/").then().statusCode(400).body("errors.field", contains("cart_id"));
        assertThat(customersOf(s.shop())).isZero();
    }

    @Test
    void a_shop_without_a_telegram_bot_says_so() {
        Shop shop = Api.openShop("tg-none");
        problem(signIn(shop.request(), widgetData(TELEGRAM_IDS.incrementAndGet(), "123:whatever")), 409,
                "telegram_not_connected");

        TelegramShop disabled = shopWithBot("tg-off");
        disabled.shop().asOwner().delete("/api/integrations/" + disabled.integrationId() + "/")
                .then().statusCode(200);
        problem(signIn(disabled.request(), widgetData(TELEGRAM_IDS.incrementAndGet(), disabled.botToken())), 409,
                "telegram_not_connected");
    }

    @Test
    void another_shops_bot_token_does_not_verify_and_one_telegram_user_is_two_customers_at_two_shops() {
        TelegramShop a = shopWithBot("tg-a");
        TelegramShop b = shopWithBot("tg-b");
        long telegramId = TELEGRAM_IDS.incrementAndGet();

        problem(signIn(b.request(), widgetData(telegramId, a.botToken())), 401, "invalid_telegram_login");
        assertThat(customersOf(b.shop())).isZero();

        String atA = signIn(a.request(), widgetData(telegramId, a.botToken())).then().statusCode(200)
                .body("account.tenant", equalTo(a.shop().slug())).extract().path("account.id");
        String atB = signIn(b.request(), widgetData(telegramId, b.botToken())).then().statusCode(200)
                .body("account.tenant", equalTo(b.shop().slug())).extract().path("account.id");
        assertThat(atA).isNotEqualTo(atB);
        assertThat(Database.count("select count(*) from customers where telegram_user_id = ?", telegramId))
                .isEqualTo(2);
    }

    @Test
    void a_signed_in_customer_links_telegram_and_then_signs_in_with_either() {
        TelegramShop s = shopWithBot("tg-link");
        long telegramId = TELEGRAM_IDS.incrementAndGet();
        Response registered = s.request().body(Map.of("email", "linker@example.com", "password", "linker-password",
                "first_name", "Ahmet", "last_name", "Yılmaz")).post("/api/auth/register/");
        registered.then().statusCode(201);
        String customerId = registered.path("account.id");

        signIn(s.request().auth().oauth2(registered.<String>path("access_token")), widgetData(telegramId,
                s.botToken())).then().statusCode(200)
                .body("account.id", equalTo(customerId))
                .body("account.email", equalTo("linker@example.com"));
        String viaTelegram = signIn(s.request(), widgetData(telegramId, s.botToken())).then().statusCode(200)
                .body("account.id", equalTo(customerId)).extract().path("access_token");
        s.request().auth().oauth2(viaTelegram).get("/api/auth/me/")
                .then().statusCode(200).body("email", equalTo("linker@example.com"));
        s.request().body(Map.of("email", "linker@example.com", "password", "linker-password"))
                .post("/api/auth/login/").then().statusCode(200).body("account.id", equalTo(customerId));

        String other = s.request().body(Map.of("email", "other@example.com", "password", "other-password",
                "first_name", "Mehmet", "last_name", "Kaya")).post("/api/auth/register/")
                .then().statusCode(201).extract().path("access_token");
        problem(signIn(s.request().auth().oauth2(other), widgetData(telegramId, s.botToken())), 409,
                "telegram_already_linked");
        assertThat(customersOf(s.shop())).isEqualTo(2);
    }

    @Test
    void repeated_bad_telegram_logins_lock_that_telegram_account_for_a_while() {
        TelegramShop s = shopWithBot("tg-throttle");
        long telegramId = TELEGRAM_IDS.incrementAndGet();
        for (int attempt = 1; attempt <= 5; attempt++) {
            Map<String, Object> forged = widgetData(telegramId, s.botToken());
            forged.put("hash", "0".repeat(63) + attempt);
            problem(signIn(s.request(), forged), 401, "invalid_telegram_login");
        }
        Response locked = signIn(s.request(), widgetData(telegramId, s.botToken()));
        problem(locked, 429, "too_many_requests");
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 15 * 60);

        // Another Telegram account is not affected.
        signIn(s.request(), widgetData(TELEGRAM_IDS.incrementAndGet(), s.botToken())).then().statusCode(200);
    }

    @Test
    void testing_the_integration_asks_telegram_whose_bot_the_token_is() {
        TelegramShop s = shopWithBot("tg-getme");
        telegram.addBot(s.botToken(), "kervan_it_bot");
        String owner = s.shop().ownerToken();
        String testPath = "/api/integrations/" + s.integrationId() + "/test/";

        s.request().auth().oauth2(owner).body(Map.of("api_endpoint", telegram.baseUrl()))
                .patch("/api/integrations/" + s.integrationId() + "/").then().statusCode(200);
        s.request().auth().oauth2(owner).post(testPath).then().statusCode(200)
                .body("integration.last_test_ok", equalTo(true))
                .body("integration.last_test_message",
                        equalTo("Telegram accepted the live bot token of @kervan_it_bot"));

        s.request().auth().oauth2(owner).body(Map.of("api_key", "999999:AAUnknownBotTokenThatTelegramDoesNotKnow"))
                .patch("/api/integrations/" + s.integrationId() + "/").then().statusCode(200);
        s.request().auth().oauth2(owner).post(testPath).then().statusCode(200)
                .body("integration.last_test_ok", equalTo(false))
                .body("integration.last_test_message", equalTo("Telegram refused the live bot token: Unauthorized"));

        s.request().auth().oauth2(owner).body(Map.of("api_key", "not a bot token"))
                .patch("/api/integrations/" + s.integrationId() + "/").then().statusCode(200);
        s.request().auth().oauth2(owner).post(testPath).then().statusCode(200)
                .body("integration.last_test_ok", equalTo(false))
                .body("integration.last_test_message", startsWith("The live api_key is not shaped like a bot token"));

        TelegramShop unreachable = shopWithBot("tg-down");
        unreachable.shop().asOwner().body(Map.of("api_endpoint", "http://127.0.0.1:9"))
                .patch("/api/integrations/" + unreachable.integrationId() + "/").then().statusCode(200);
        unreachable.shop().asOwner().post("/api/integrations/" + unreachable.integrationId() + "/test/")
                .then().statusCode(200)
                .body("integration.last_test_ok", equalTo(false))
                .body("integration.last_test_message", equalTo("Telegram did not answer; try again in a moment"));
    }

    @Test
    void the_bot_token_never_appears_in_responses_or_in_the_server_log() throws IOException {
        TelegramShop s = shopWithBot("tg-secret");
        telegram.addBot(s.botToken(), "kervan_secret_bot");
        String owner = s.shop().ownerToken();
        String integration = "/api/integrations/" + s.integrationId() + "/";
        List<Response> responses = new java.util.ArrayList<>();

        responses.add(s.request().auth().oauth2(owner).body(Map.of("api_endpoint", telegram.baseUrl()))
                .patch(integration));
        responses.add(s.request().auth().oauth2(owner).get(integration));
        responses.add(s.request().auth().oauth2(owner).get("/api/integrations/"));
        responses.add(s.request().auth().oauth2(owner).post(integration + "test/"));
        responses.add(s.request().auth().oauth2(owner).get("/api/integrations/audit/"));
        Map<String, Object> forged = widgetData(TELEGRAM_IDS.incrementAndGet(), s.botToken());
        forged.put("last_name", "Forged");
        responses.add(signIn(s.request(), forged));
        responses.add(signIn(s.request(), widgetData(TELEGRAM_IDS.incrementAndGet(), s.botToken())));

        String secretPart = s.botToken().substring(s.botToken().indexOf(':') + 1);
        for (Response response : responses) {
            assertThat(response.statusCode()).isLessThan(500);
            assertThat(response.asString()).doesNotContain(secretPart);
        }
        responses.get(1).then().body("integration.credentials.live.api_key",
                equalTo("••••" + s.botToken().substring(s.botToken().length() - 4)));
        Path log = Path.of(System.getProperty("kervan.test.work-dir", "target"), "wildfly-base", "log", "server.log");
        assertThat(Files.readString(log)).doesNotContain(secretPart);
    }
}
