package io.kervan.it.identity;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.BackgroundJobs;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.kervan.it.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.kervan.it.identity.Sessions.CUSTOMER_PASSWORD;
import static io.kervan.it.identity.Sessions.STAFF_PASSWORD;
import static io.kervan.it.identity.Sessions.ended;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * A forgotten password is reset through a mailed link that works once, for a short while, at its own shop; asking
 * answers alike for addresses with and without an account.
 */
@KervanTest
class PasswordResetIT {

    private static final Pattern LINK = Pattern.compile("(http\\S+)\\?token=([A-Za-z0-9_-]+)");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(20);

    private record Link(String page, String token) {
    }

    private static String askForReset(Shop shop, String path, String email) {
        return shop.request().body(Map.of("email", email)).post(path)
                .then().statusCode(202)
                .extract().asString();
    }

    private static Link linkIn(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).as("a reset link in: %s", mail.getContent()).isTrue();
        return new Link(link.group(1), link.group(2));
    }

    private static Link mailedLink(String email) throws Exception {
        List<MimeMessage> mails = Mailbox.mailTo(email, 1, MAIL_WAIT);
        assertThat(mails).hasSize(1);
        return linkIn(mails.get(0));
    }

    private static Map<String, Object> confirmation(String token, String password) {
        return Map.of("token", token, "new_password", password);
    }

    @Test
    void a_customer_gets_one_mail_in_the_shops_language_whose_link_works_once_and_ends_every_token() throws Exception {
        Shop shop = Api.openShop("reset");
        String email = "forgetful@" + shop.slug() + ".test";
        String earlier = Sessions.registerCustomer(shop, email);

        askForReset(shop, "/api/auth/password-reset/", email);

        List<MimeMessage> mails = Mailbox.mailTo(email, 1, MAIL_WAIT);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Shop " + shop.slug() + ": yeni şifre belirleyin");
        assertThat((String) mails.get(0).getContent()).contains("Merhaba Ayşe", "30 dakika");
        Link link = linkIn(mails.get(0));
        assertThat(link.page())
                .isEqualTo("http://" + shop.slug() + ".localhost:" + Api.HTTP_PORT + "/account/reset-password");
        assertThat(Database.count("select count(*) from password_reset_tokens where token_hash = ?", link.token()))
                .as("the secret itself is not stored").isZero();
        assertThat(Database.count("select count(*) from password_reset_tokens where token_hash = ?",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(link.token().getBytes(StandardCharsets.UTF_8))))).isOne();
        assertThat(Database.count("select count(*) from jobs where payload like ?", "%" + link.token() + "%"))
                .as("nor is it in the mail job").isZero();

        String fresh = shop.request().body(confirmation(link.token(), "chosen-after-reset"))
                .post("/api/auth/password-reset/confirm/")
                .then().statusCode(200).body("account.email", equalTo(email)).extract().path("access_token");

        ended(shop.request().auth().oauth2(earlier).get("/api/cart/").then());
        shop.request().auth().oauth2(fresh).get("/api/cart/").then().statusCode(200);
        Sessions.customerToken(shop, email, "chosen-after-reset");
        shop.request().body(confirmation(link.token(), "chosen-a-second-time"))
                .post("/api/auth/password-reset/confirm/")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("invalid_reset_token"));
        Sessions.customerToken(shop, email, "chosen-after-reset");
        BackgroundJobs.awaitAllRun(shop.slug());
        assertThat(Mailbox.mailTo(email)).hasSize(1);
    }

    @Test
    void a_staff_member_is_sent_to_the_admin_panel_and_their_tokens_end() throws Exception {
        Shop shop = Api.openShop("reset-staff", "en");
        String email = "clerk@" + shop.slug() + ".test";
        Sessions.addStaff(shop, email, "staff");
        String earlier = Sessions.staffToken(shop, email, STAFF_PASSWORD);

        askForReset(shop, "/api/staff/auth/password-reset/", email);
        MimeMessage mail = Mailbox.mailTo(email, 1, MAIL_WAIT).get(0);
        assertThat(mail.getSubject()).isEqualTo("Shop " + shop.slug() + ": choose a new password");
        Link link = linkIn(mail);
        assertThat(link.page())
                .isEqualTo("http://" + shop.slug() + ".localhost:" + Api.HTTP_PORT + "/admin/reset-password");

        shop.request().body(confirmation(link.token(), "staff-after-reset"))
                .post("/api/auth/password-reset/confirm/")
                .then().statusCode(400).body("code", equalTo("invalid_reset_token"));
        shop.request().body(confirmation(link.token(), "staff-after-reset"))
                .post("/api/staff/auth/password-reset/confirm/")
                .then().statusCode(200).body("account.roles", hasItem("staff"));
        ended(shop.request().auth().oauth2(earlier).get("/api/orders/").then());
        Sessions.staffToken(shop, email, "staff-after-reset");
    }

    @Test
    void an_address_without_an_account_gets_the_same_answer_and_no_mail() throws Exception {
        Shop shop = Api.openShop("reset-none");
        String known = "known@" + shop.slug() + ".test";
        String unknown = "nobody@" + shop.slug() + ".test";
        Sessions.registerCustomer(shop, known);

        String forUnknown = askForReset(shop, "/api/auth/password-reset/", unknown);
        String forKnown = askForReset(shop, "/api/auth/password-reset/", known);
        String forStaffUnknown = askForReset(shop, "/api/staff/auth/password-reset/", known);

        assertThat(forUnknown).isEqualTo(forKnown).isEqualTo(forStaffUnknown);
        assertThat(Mailbox.mailTo(known, 1, MAIL_WAIT)).hasSize(1);
        BackgroundJobs.awaitAllRun(shop.slug());
        assertThat(Mailbox.mailTo(unknown)).isEmpty();
        assertThat(Mailbox.mailTo(known)).as("no staff account has this address").hasSize(1);
    }

    @Test
    void an_expired_link_is_refused_and_changes_nothing() throws Exception {
        Shop shop = Api.openShop("reset-late");
        String email = "late@" + shop.slug() + ".test";
        String token = Sessions.registerCustomer(shop, email);
        askForReset(shop, "/api/auth/password-reset/", email);
        Link link = mailedLink(email);

        Database.execute("update password_reset_tokens set expires_at = now() - interval '1 second' "
                + "where tenant_id = (select id from tenants where slug = '" + shop.slug() + "')");

        shop.request().body(confirmation(link.token(), "too-late-password"))
                .post("/api/auth/password-reset/confirm/")
                .then().statusCode(400).body("code", equalTo("invalid_reset_token"));
        Sessions.customerToken(shop, email, CUSTOMER_PASSWORD);
        shop.request().auth().oauth2(token).get("/api/cart/").then().statusCode(200);
    }

    @Test
    void a_link_of_one_shop_does_not_work_at_another() throws Exception {
        Shop issuer = Api.openShop("reset-a");
        Shop other = Api.openShop("reset-b");
        String email = "twice@" + issuer.slug() + ".test";
        Sessions.registerCustomer(issuer, email);
        Sessions.registerCustomer(other, email);
        askForReset(issuer, "/api/auth/password-reset/", email);
        Link link = mailedLink(email);

        other.request().body(confirmation(link.token(), "hijacked-password"))
                .post("/api/auth/password-reset/confirm/")
                .then().statusCode(400).body("code", equalTo("invalid_reset_token"));
        Sessions.customerToken(other, email, CUSTOMER_PASSWORD);
        issuer.request().body(confirmation(link.token(), "own-shop-password"))
                .post("/api/auth/password-reset/confirm/").then().statusCode(200);
    }

    @Test
    void a_used_link_withdraws_the_accounts_other_links() throws Exception {
        Shop shop = Api.openShop("reset-two");
        String email = "two@" + shop.slug() + ".test";
        Sessions.registerCustomer(shop, email);
        askForReset(shop, "/api/auth/password-reset/", email);
        askForReset(shop, "/api/auth/password-reset/", email);
        List<MimeMessage> mails = Mailbox.mailTo(email, 2, MAIL_WAIT);
        assertThat(mails).hasSize(2);

        shop.request().body(confirmation(linkIn(mails.get(1)).token(), "second-link-password"))
                .post("/api/auth/password-reset/confirm/").then().statusCode(200);
        shop.request().body(confirmation(linkIn(mails.get(0)).token(), "first-link-password"))
                .post("/api/auth/password-reset/confirm/")
                .then().statusCode(400).body("code", equalTo("invalid_reset_token"));
        Sessions.customerToken(shop, email, "second-link-password");
    }

    @Test
    void one_address_is_sent_at_most_three_mails_a_window_and_a_busy_client_is_told_to_wait() throws Exception {
        Shop shop = Api.openShop("reset-many");
        String email = "spammed@" + shop.slug() + ".test";
        Sessions.registerCustomer(shop, email);
        for (int request = 1; request <= 4; request++) {
            askForReset(shop, "/api/auth/password-reset/", email);
        }
        assertThat(Mailbox.mailTo(email, 3, MAIL_WAIT)).hasSize(3);
        BackgroundJobs.awaitAllRun(shop.slug());
        assertThat(Mailbox.mailTo(email)).hasSize(3);

        String addressKey = "reset:address:127.0.0.1";
        try {
            Database.execute("update sign_in_throttle set failures = 20, locked_until = now() + interval '15 minutes' "
                    + "where throttle_key = '" + addressKey + "'");
            shop.request().body(Map.of("email", "other@" + shop.slug() + ".test"))
                    .post("/api/auth/password-reset/")
                    .then().statusCode(429).body("code", equalTo("too_many_requests"))
                    .header("Retry-After", notNullValue());
        } finally {
            Database.execute("delete from sign_in_throttle where throttle_key = '" + addressKey + "'");
        }
    }

    @Test
    void bad_reset_input_is_a_400_and_writes_nothing() {
        Shop shop = Api.openShop("reset-bad");
        String email = "bad@" + shop.slug() + ".test";
        Sessions.registerCustomer(shop, email);
        long jobs = Database.count("select count(*) from jobs where kind = 'password-reset-mail'");

        shop.request().body(Map.of("email", "not-an-address")).post("/api/auth/password-reset/")
                .then().statusCode(400).body("errors.field", hasItem("email"));
        shop.request().body(Map.of()).post("/api/staff/auth/password-reset/")
                .then().statusCode(400).body("errors.field", hasItem("email"));
        shop.request().body(Map.of("token", "made-up-token", "new_password", "long-enough-password"))
                .post("/api/auth/password-reset/confirm/")
                .then().statusCode(400).body("code", equalTo("invalid_reset_token"));
        shop.request().body(Map.of("token", "made-up-token", "new_password", "short"))
                .post("/api/auth/password-reset/confirm/")
                .then().statusCode(400).body("errors.field", hasItem("new_password"));
        shop.request().body(Map.of("new_password", "long-enough-password"))
                .post("/api/auth/password-reset/confirm/")
                .then().statusCode(400).body("errors.field", hasItem("token"));

        assertThat(Database.count("select count(*) from jobs where kind = 'password-reset-mail'")).isEqualTo(jobs);
        Sessions.customerToken(shop, email, CUSTOMER_PASSWORD);
    }
}
