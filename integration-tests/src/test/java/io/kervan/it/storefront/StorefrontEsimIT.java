package io.kervan.it.storefront;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buying an eSIM in a real browser: the plan finder (country, data, days) finds the bundle the shop synced from eSIM Go,
 * the guest pays on the sandbox page, and the order's page follows the fulfillment until the QR code is there, which
 * a phone would read as the eSIM's LPA.
 */
@KervanTest
class StorefrontEsimIT {

    private static EsimGoSimulator esimGo;

    @BeforeAll
    static void startEsimGo() {
        esimGo = EsimGoSimulator.start();
    }

    @AfterAll
    static void stopEsimGo() {
        esimGo.close();
    }

    /** A Turkish shop syncing eSIM Go's catalogue from the simulator, priced in lira, with the sandbox gateway. */
    private static Shop esimShop(String prefix) {
        Shop shop = Api.openShop(prefix, "tr");
        String owner = shop.ownerToken();
        shop.request().auth().oauth2(owner).body(Map.of("provider_type", "esimgo", "name", "eSIM Go (UAT)",
                        "status", "test_mode", "api_key", EsimGoSimulator.API_KEY, "test_endpoint", esimGo.baseUrl(),
                        "config", Map.of("currency", "TRY")))
                .post("/api/integrations/").then().statusCode(201);
        shop.request().auth().oauth2(owner).post("/api/esim/catalogue/sync/").then().statusCode(200);
        Storefronts.connectSandbox(shop, owner);
        return shop;
    }

    /** The finder's plan in the cart, a guest's checkout, the sandbox's "succeed": the browser is on the order page. */
    private static void buyPlan(Browser browser, Shop shop, boolean look) {
        browser.go("http://" + shop.slug() + ".localhost:" + Api.HTTP_PORT + "/esim");
        if (look) {
            browser.look("esim-finder");
        }
        new Select(browser.find("#country")).selectByValue("TR");
        new Select(browser.find("#data_gb")).selectByValue("5");
        new Select(browser.find("#days")).selectByValue("7");
        browser.follow("form.finder button");
        assertThat(browser.url()).contains("country=TR", "data_gb=5", "days=7");
        assertThat(browser.text()).contains("5 GB · 7 gün");
        if (look) {
            browser.look("esim-plans");
        }
        browser.follow(".bundle form button");
        assertThat(browser.text()).contains("Sepetinize eklendi");
        browser.follow("a[href='/checkout']");
        assertThat(browser.all("#address_line1")).as("no address for an eSIM").isEmpty();
        StorefrontBuyingIT.fillCheckout(browser, "gezgin@example.com");
        browser.follow("form[action='/checkout'] button[type=submit]");
        browser.follow("#place-order");
        browser.follow("button[name=action][value=succeed]");
        assertThat(browser.find("h1").getText()).isEqualTo("Teşekkürler: siparişiniz ödendi");
    }

    @Test
    void a_guest_finds_a_plan_pays_and_sees_the_qr_code_that_installs_the_esim() throws Exception {
        Shop shop = esimShop("esimbuy");
        try (Browser browser = Browser.open()) {
            buyPlan(browser, shop, true);
            browser.await(b -> !b.all("#esims img.qr").isEmpty(), Duration.ofSeconds(60));
            assertThat(browser.find("#esims").getText()).contains("eSIM'leriniz hazır", "SM-DP+ adresi",
                    "Etkinleştirme kodu", "iPhone'da", "Android'de");
            assertThat(browser.find("#esims").getAttribute("hx-trigger")).as("polling stops once delivered").isNull();
            browser.look("order-esim");

            String lpa = Database.single("select 'LPA:1$' || e.smdp_address || '$' || e.matching_id from esims e "
                    + "join tenants t on t.id = e.tenant_id where t.slug = ?", shop.slug()).toString();
            assertThat(decode(browser.find("#esims img.qr").getAttribute("src"))).isEqualTo(lpa);
        }
    }

    @Test
    void without_javascript_the_order_page_reloads_itself_until_the_qr_code_is_there() throws Exception {
        Shop shop = esimShop("esimnojs");
        esimGo.slowAssignments(Duration.ofSeconds(6));
        try (Browser browser = Browser.withoutJavaScript()) {
            buyPlan(browser, shop, false);
            assertThat(browser.text()).contains("eSIM'lerinizi hazırlıyoruz", "Sayfayı yenileyin");
            assertThat(browser.html()).contains("http-equiv=\"refresh\"");
            browser.await(b -> !b.all("#esims img.qr").isEmpty(), Duration.ofSeconds(60));
            assertThat(browser.html()).doesNotContain("http-equiv=\"refresh\"");
            String lpa = Database.single("select 'LPA:1$' || e.smdp_address || '$' || e.matching_id from esims e "
                    + "join tenants t on t.id = e.tenant_id where t.slug = ?", shop.slug()).toString();
            assertThat(decode(browser.find("#esims img.qr").getAttribute("src"))).isEqualTo(lpa);
        } finally {
            esimGo.slowAssignments(Duration.ZERO);
        }
    }

    @Test
    void a_signed_in_customer_buys_an_esim_sees_its_qr_code_and_finds_it_again_under_my_esims() throws Exception {
        Shop shop = esimShop("esimacct");
        String email = "gezgin@" + shop.slug() + ".test";
        try (Browser browser = Browser.open()) {
            browser.go("http://" + shop.slug() + ".localhost:" + Api.HTTP_PORT + "/account/register");
            browser.type("#first_name", "Ayşe").type("#last_name", "Yılmaz").type("#email", email)
                    .type("#password", StorefrontAccountSafetyIT.PASSWORD)
                    .follow("form[action='/account/register'] button");
            assertThat(browser.url()).endsWith("/account?notice=registered");
            browser.go("http://" + shop.slug() + ".localhost:" + Api.HTTP_PORT + "/esim?country=TR&data_gb=5&days=7");
            browser.follow(".bundle form button");
            browser.follow("a[href='/checkout']");
            assertThat(browser.find("#email").getAttribute("value")).as("the account's email").isEqualTo(email);
            browser.type("#first_name", "Ayşe").type("#last_name", "Yılmaz");
            browser.follow("form[action='/checkout'] button[type=submit]");
            browser.follow("#place-order");
            browser.follow("button[name=action][value=succeed]");
            assertThat(browser.find("h1").getText()).isEqualTo("Teşekkürler: siparişiniz ödendi");
            browser.await(b -> !b.all("#esims img.qr").isEmpty(), Duration.ofSeconds(60));
            String lpa = Database.single("select 'LPA:1$' || e.smdp_address || '$' || e.matching_id from esims e "
                    + "join tenants t on t.id = e.tenant_id where t.slug = ?", shop.slug()).toString();
            assertThat(decode(browser.find("#esims img.qr").getAttribute("src"))).isEqualTo(lpa);
            assertThat(Database.single("select o.customer_id is not null from orders o join tenants t "
                    + "on t.id = o.tenant_id where t.slug = ?", shop.slug())).as("the customer's order")
                    .isEqualTo(true);

            browser.go("http://" + shop.slug() + ".localhost:" + Api.HTTP_PORT + "/account/esims");
            assertThat(browser.text()).contains("Kuruluma hazır", "Kalan veri, şebeke bildirdiğinde gösterilir");
            String iccid = Database.single("select e.iccid from esims e join tenants t on t.id = e.tenant_id "
                    + "where t.slug = ?", shop.slug()).toString();
            String integration = Database.single("select i.id::text from integrations i join tenants t "
                    + "on t.id = i.tenant_id where t.slug = ? and i.provider_type = 'ESIMGO'", shop.slug()).toString();
            esimGo.sendCallbacksTo("http://127.0.0.1:" + Api.HTTP_PORT + "/api/webhooks/esimgo/" + integration + "/",
                    shop.slug() + ".localhost", EsimGoSimulator.Encoding.HEX);
            assertThat(esimGo.use(EsimGoSimulator.API_KEY, iccid, 1_500_000_000L)).isEqualTo(200);
            browser.go("http://" + shop.slug() + ".localhost:" + Api.HTTP_PORT + "/account/esims");
            assertThat(browser.find("meter").getAttribute("value")).isEqualTo("3500000000");
            assertThat(browser.find("meter").getAttribute("max")).isEqualTo("5000000000");
            assertThat(browser.text()).contains("Kullanımda", "Kalan veri", "5 GB paketten 3.5 GB kaldı");
            browser.look("my-esims");

            browser.follow("a[href^='/account/esims/']");
            assertThat(decode(browser.find("img.qr").getAttribute("src"))).isEqualTo(lpa);
            assertThat(browser.text()).contains("SM-DP+ adresi", "Etkinleştirme kodu", iccid, "iPhone'da");
            browser.look("my-esim");
            String esimPage = browser.url().substring(browser.url().indexOf("/account/esims/"));

            PageClient other = StorefrontAccountSafetyIT.registered(shop, "baskasi@" + shop.slug() + ".test");
            other.get(esimPage).then().statusCode(404);
            PageClient owner = new PageClient(shop);
            owner.setCookie("token", browser.driver().manage().getCookieNamed("token").getValue());
            io.restassured.response.Response own = owner.get(esimPage);
            own.then().statusCode(200);
            assertThat(own.header("Cache-Control")).isEqualTo("no-store");
        } finally {
            esimGo.sendCallbacksTo(null, null, EsimGoSimulator.Encoding.HEX);
        }
    }

    private static String decode(String dataUrl) throws Exception {
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
    }
}
