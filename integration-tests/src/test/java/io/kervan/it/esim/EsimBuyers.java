package io.kervan.it.esim;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.esim.EsimShops.Connected;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.Mailbox;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import javax.imageio.ImageIO;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shoppers who buy eSIMs the way a storefront does: a shop connected to eSIM Go (synced) and to the sandbox payment
 * gateway, an eSIM product in the cart, a guest order, the sandbox's hosted page; and what they get back.
 */
final class EsimBuyers {

    static final String BUNDLE = "esim_5GB_7D_TR_V2";

    private EsimBuyers() {
    }

    record Bought(Connected shop, String orderId, String orderNumber, String email, String transactionId) {

        Response fulfillment() {
            return shop.shop().request().get("/api/orders/" + orderId + "/fulfillment/");
        }

        /** Polls the fulfillment as a success page does until {@code done} holds; returns the last answer. */
        Response awaitFulfillment(Predicate<String> done, Duration timeout) throws InterruptedException {
            Instant deadline = Instant.now().plus(timeout);
            while (true) {
                Response answer = fulfillment();
                String status = answer.path("fulfillment.status");
                if (done.test(status) || Instant.now().isAfter(deadline)) {
                    return answer;
                }
                Thread.sleep(250);
            }
        }

        /** Waits for delivery; when it does not come, fails saying how far the fulfillment got and why. */
        Response awaitDelivered() throws InterruptedException {
            Response answer = awaitFulfillment("delivered"::equals, Duration.ofSeconds(60));
            assertThat(answer.<String>path("fulfillment.status")).as(() -> "fulfillment of " + orderNumber + ": "
                    + Database.single("select status || ' after ' || attempts || ' attempts: ' "
                            + "|| coalesce(last_error, '-') from esim_fulfillments where order_id = ?::uuid", orderId))
                    .isEqualTo("delivered");
            return answer;
        }

        /** A duplicate of the payment's news, as a return or webhook delivered twice would bring it. */
        void verifyPaymentAgain() {
            shop.shop().request().body(Map.of("transaction_id", transactionId, "provider", "sandbox"))
                    .post("/api/payments/verify/").then().statusCode(200);
        }
    }

    /** A shop connected to {@code esimGo}, synced, with the sandbox gateway in test mode. */
    static Connected shop(String prefix, EsimGoSimulator esimGo, String apiKey) {
        Connected connected = EsimShops.connect(prefix, esimGo, apiKey, EsimShops.MARKUP);
        connected.sync().then().statusCode(200);
        Shop shop = connected.shop();
        Map<String, Object> sandbox = new HashMap<>(Map.of("provider_type", "sandbox", "name", "Sandbox",
                "status", "test_mode", "config", Map.of("return_url", "https://" + shop.slug() + ".example/thanks",
                        "cancel_url", "https://" + shop.slug() + ".example/cart")));
        shop.request().auth().oauth2(connected.owner()).body(sandbox).post("/api/integrations/").then()
                .statusCode(201);
        return connected;
    }

    /**
     * A guest finds {@code bundle} by its country as the storefront does, orders {@code quantity} and pays on the
     * sandbox's page.
     */
    static Bought buy(Connected connected, String bundle, int quantity, String email) {
        return buy(connected, bundle, quantity, email, null);
    }

    /** The same for a signed-in customer ({@code token}; null for a guest), whose eSIMs are then their own. */
    static Bought buy(Connected connected, String bundle, int quantity, String email, String token) {
        Shop shop = connected.shop();
        Supplier<RequestSpecification> buyer = () -> token == null ? shop.request()
                : shop.request().auth().oauth2(token);
        String product = shop.request().get("/api/esim/bundles/?country=" + bundle.split("_")[3])
                .then().statusCode(200).extract().<List<Map<String, Object>>>path("bundles").stream()
                .filter(b -> bundle.equals(b.get("name"))).findFirst().orElseThrow().get("product_id").toString();
        String cart = buyer.get().body(Map.of("product_id", product, "quantity", quantity)).post("/api/cart/add/")
                .then().statusCode(200).extract().path("cart.cart_id");
        Map<String, Object> body = Shop.orderBody(cart, email, null);
        body.remove("shipping_address");
        var order = buyer.get().body(body).post("/api/orders/").then().statusCode(201).extract();
        String orderId = order.path("order.id");
        Response created = buyer.get().body(Map.of("order_id", orderId, "provider", "sandbox"))
                .post("/api/payments/create/").then().statusCode(201).extract().response();
        String page = URI.create(created.<String>path("payment_url")).getPath();
        Response choice = shop.request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig()
                        .followRedirects(false))).contentType(ContentType.URLENC).accept(ContentType.ANY)
                .formParam("action", "succeed").post(page);
        assertThat(choice.statusCode()).isEqualTo(303);
        shop.request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .get(URI.create(choice.header("Location")).getPath()).then().statusCode(303);
        return new Bought(connected, orderId, order.path("order.order_number"), email,
                created.path("transaction_id"));
    }

    static List<MimeMessage> mailTo(String address, int atLeast, Duration wait) throws Exception {
        return Mailbox.mailTo(address, atLeast, wait);
    }

    /** Every inline PNG of a mail, read as a phone camera reads a QR code. */
    static List<String> qrCodesIn(MimeMessage message) throws Exception {
        List<String> codes = new ArrayList<>();
        collectQrCodes((Multipart) message.getContent(), codes);
        return codes;
    }

    /** The text/plain and text/html parts of a mail, joined. */
    static String textOf(MimeMessage message) throws Exception {
        StringBuilder text = new StringBuilder();
        collectText((Multipart) message.getContent(), text);
        return text.toString();
    }

    private static void collectQrCodes(Multipart multipart, List<String> codes) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collectQrCodes(nested, codes);
            } else if (part.isMimeType("image/png")) {
                assertThat(part.getDisposition()).isEqualTo(BodyPart.INLINE);
                try (InputStream png = part.getInputStream()) {
                    codes.add(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                            new BufferedImageLuminanceSource(ImageIO.read(png))))).getText());
                }
            }
        }
    }

    private static void collectText(Multipart multipart, StringBuilder text) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collectText(nested, text);
            } else if (part.isMimeType("text/*")) {
                text.append(part.getContent()).append('\n');
            }
        }
    }
}
