package io.kervan.it.storefront;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.KervanTest;
import io.kervan.it.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper's account in a real browser: registering, signing out and in, changing the password (the old one is then
 * refused), and a forgotten password reset through the mailed link, which works once. Every page is checked with
 * axe-core, weighed and photographed.
 */
@KervanTest
class StorefrontAccountIT {

    private static final String PASSWORD = "kervan-page-password";
    private static final Pattern RESET_LINK = Pattern.compile("http://\\S+/account/reset-password\\?token=\\S+");

    private static String url(Shop shop, String path) {
        return "http://" + shop.slug() + ".localhost:" + Api.HTTP_PORT + path;
    }

    private static void signIn(Browser browser, String email, String password) {
        browser.type("#email", email).type("#password", password).follow("form[action='/account/sign-in'] button");
    }

    @Test
    void a_shopper_registers_signs_out_signs_in_and_after_changing_the_password_the_old_one_is_refused() {
        Shop shop = Api.openShop("account", "tr");
        String email = "ayse@" + shop.slug() + ".test";
        try (Browser browser = Browser.open()) {
            browser.go(url(shop, "/"));
            browser.follow("a[href='/account/sign-in']");
            assertThat(browser.find("h1").getText()).isEqualTo("Giriş yap");
            browser.look("sign-in");
            browser.follow("a[href='/account/register']");

            browser.type("#first_name", "Ayşe").type("#email", "ayse-at-example").type("#password", "short");
            browser.follow("form[action='/account/register'] button");
            assertThat(browser.title()).startsWith("Hata: ");
            assertThat(browser.find(".error-summary").getText()).contains("Soyadınızı girin",
                    "E-posta adresini doğru biçimde girin", "Şifreniz 10 ile 128 karakter arasında olmalı");
            assertThat(browser.find("#first_name").getAttribute("value")).isEqualTo("Ayşe");
            assertThat(browser.find("#email").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#password").getAttribute("value")).as("a password is never sent back").isEmpty();
            assertThat((Object) browser.script("return document.activeElement.className"))
                    .isEqualTo("error-summary");
            browser.look("register-errors");

            browser.type("#last_name", "Yılmaz").type("#email", email).type("#phone", "+90 555 123 45 67")
                    .type("#password", PASSWORD);
            browser.follow("form[action='/account/register'] button");
            assertThat(browser.url()).endsWith("/account?notice=registered");
            assertThat(browser.text()).contains("Hesabınız hazır", email, "Siparişleriniz", "eSIM'leriniz");
            assertThat(browser.find("a[href='/account'][aria-current=page]").getText()).isEqualTo("Hesabım");
            browser.look("account");

            browser.follow("form[action='/account/sign-out'] button");
            assertThat(browser.url()).endsWith("/account/sign-in?notice=signed_out");
            assertThat(browser.text()).contains("Tüm cihazlarda oturumunuz kapandı");
            browser.go(url(shop, "/account"));
            assertThat(browser.url()).endsWith("/account/sign-in?next=%2Faccount");

            signIn(browser, email, "not-my-password");
            assertThat(browser.find(".error-summary").getText()).contains("E-posta adresi ya da şifre doğru değil");
            assertThat(browser.find("#email").getAttribute("value")).isEqualTo(email);
            browser.look("sign-in-errors");
            signIn(browser, email, PASSWORD);
            assertThat(browser.url()).endsWith("/account");

            browser.follow("a[href='/account/password']");
            browser.type("#current_password", "not-my-password").type("#new_password", "my-new-kervan-password");
            browser.follow("form[action='/account/password'] button");
            assertThat(browser.find(".error-summary").getText()).contains("Şu anki şifreniz doğru değil");
            browser.look("password-errors");
            browser.type("#current_password", PASSWORD).type("#new_password", "my-new-kervan-password");
            browser.follow("form[action='/account/password'] button");
            assertThat(browser.text()).contains("Şifreniz değişti");

            browser.follow("form[action='/account/sign-out'] button");
            signIn(browser, email, PASSWORD);
            assertThat(browser.find(".error-summary").getText()).contains("E-posta adresi ya da şifre doğru değil");
            signIn(browser, email, "my-new-kervan-password");
            assertThat(browser.url()).endsWith("/account");
        }
    }

    @Test
    void a_forgotten_password_is_reset_through_the_mailed_link_which_works_once() throws Exception {
        Shop shop = Api.openShop("forgot", "tr");
        String email = "unutkan@" + shop.slug() + ".test";
        StorefrontAccountSafetyIT.registered(shop, email).post("/account/sign-out", java.util.Map.of());
        try (Browser browser = Browser.open()) {
            browser.go(url(shop, "/account/sign-in"));
            browser.follow("a[href='/account/forgot-password']");
            browser.look("forgot-password");
            browser.type("#email", email).follow("form[action='/account/forgot-password'] button");
            assertThat(browser.find("h1").getText()).isEqualTo("E-postanızı kontrol edin");
            assertThat(browser.text()).contains(email, "30 dakika");
            browser.look("forgot-password-sent");

            List<MimeMessage> mails = Mailbox.mailTo(email, 1, Duration.ofSeconds(20));
            assertThat(mails).hasSize(1);
            Matcher link = RESET_LINK.matcher((String) mails.get(0).getContent());
            assertThat(link.find()).isTrue();

            browser.go(link.group());
            assertThat(browser.find("h1").getText()).isEqualTo("Yeni bir şifre seçin");
            browser.look("reset-password");
            browser.type("#new_password", "kisa").follow("form[action='/account/reset-password'] button");
            assertThat(browser.find(".error-summary").getText()).contains("Yeni şifreniz 10 ile 128 karakter");
            browser.type("#new_password", "a-fresh-kervan-password")
                    .follow("form[action='/account/reset-password'] button");
            assertThat(browser.url()).endsWith("/account?notice=password_reset");
            assertThat(browser.text()).contains("Yeni şifreniz kaydedildi", email);

            browser.go(link.group());
            browser.type("#new_password", "yet-another-kervan-password")
                    .follow("form[action='/account/reset-password'] button");
            assertThat(browser.find("h1").getText()).isEqualTo("Bu bağlantı artık çalışmıyor");
            browser.look("reset-password-used");

            browser.go(url(shop, "/account"));
            browser.follow("form[action='/account/sign-out'] button");
            signIn(browser, email, StorefrontAccountSafetyIT.PASSWORD);
            assertThat(browser.find(".error-summary").getText()).contains("E-posta adresi ya da şifre doğru değil");
            signIn(browser, email, "a-fresh-kervan-password");
            assertThat(browser.url()).endsWith("/account");
        }
    }

    @Test
    void the_telegram_button_opens_telegrams_window_and_signs_in_with_what_that_window_alone_sends() {
        Shop shop = Api.openShop("tg-browser", "tr");
        String botToken = StorefrontAccountSafetyIT.connectTelegram(shop);
        long telegramId = 6_200_000_000L + (System.nanoTime() % 1_000_000_000L);
        try (Browser browser = Browser.open()) {
            browser.go(url(shop, "/account/sign-in"));
            browser.look("sign-in-telegram");
            // Telegram's window cannot load here: an empty window stands in for it, and the address asked for is kept.
            browser.script("var open = window.open; window.open = function (address, name, features) {"
                    + " window.askedFor = address; window.telegram = open.call(window, 'about:blank', name, features);"
                    + " return window.telegram; };");
            browser.find("#telegram").click();
            assertThat((String) browser.script("return window.askedFor")).isEqualTo("https://oauth.telegram.org/auth"
                    + "?bot_id=" + botToken.substring(0, botToken.indexOf(':')) + "&origin="
                    + URLEncoder.encode("http://" + shop.slug() + ".localhost:" + Api.HTTP_PORT, StandardCharsets.UTF_8)
                    + "&request_access=write&lang=tr");

            String answer = "{\"event\":\"auth_result\",\"result\":"
                    + StorefrontAccountSafetyIT.widgetData(telegramId, botToken) + "}";
            String send = "window.dispatchEvent(new MessageEvent('message', {origin: arguments[0], "
                    + "source: arguments[1] ? window.telegram : window, data: arguments[2]}));";
            browser.script(send, "https://evil.example", true, answer);
            browser.script(send, "https://oauth.telegram.org", false, answer);
            assertThat(browser.url()).as("a message from another origin or window is ignored")
                    .endsWith("/account/sign-in");
            WebElement page = browser.find("html");
            browser.script(send, "https://oauth.telegram.org", true, answer);
            browser.await(b -> {
                try {
                    page.isDisplayed();
                    return false;
                } catch (StaleElementReferenceException left) {
                    return true;
                }
            }, Duration.ofSeconds(30));
            assertThat(browser.url()).endsWith("/account");
            assertThat(browser.text()).contains("Telegram ile giriş yaptınız");
        }
    }
}
