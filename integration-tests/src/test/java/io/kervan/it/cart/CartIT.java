package io.kervan.it.cart;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Anonymous and signed-in carts: lines, totals, stock checks, merging at sign-in, and bad requests. */
@KervanTest
class CartIT {

    private static long cartLines(String cartId) {
        return Database.count("select count(*) from cart_lines where cart_id = ?::uuid", cartId);
    }

    @Test
    void an_anonymous_shopper_fills_changes_and_empties_a_cart() {
        Shop shop = Api.openShop("cart");
        String owner = shop.ownerToken();
        String tea = shop.addProduct(owner, "TEA", "145.50", 10);
        String mug = shop.addProduct(owner, "MUG", "189.00", 10);
        String shipping = shop.addShippingMethod(owner, "49.90");

        shop.request().get("/api/cart/").then().statusCode(200)
                .body("cart.cart_id", nullValue()).body("cart.total", equalTo("0.00"));
        String cart = shop.addToCart(null, tea, 1);
        shop.addToCart(cart, tea, 2);
        shop.addToCart(cart, mug, 1);
        shop.request().get("/api/cart/?cart_id=" + cart + "&shipping_method_id=" + shipping).then().statusCode(200)
                .body("cart.items", hasSize(2))
                .body("cart.items.find { it.sku == 'TEA' }.quantity", equalTo(3))
                .body("cart.item_count", equalTo(4))
                .body("cart.subtotal", equalTo("625.50"))
                .body("cart.shipping", equalTo("49.90"))
                .body("cart.total", equalTo("675.40"))
                .body("cart.currency", equalTo("TRY"));

        shop.request().body(Map.of("cart_id", cart, "product_id", tea, "quantity", 1)).post("/api/cart/update/")
                .then().statusCode(200).body("cart.subtotal", equalTo("334.50"));
        shop.request().body(Map.of("cart_id", cart, "product_id", mug)).post("/api/cart/remove/")
                .then().statusCode(200).body("cart.items", hasSize(1));
        shop.request().body(Map.of("cart_id", cart, "product_id", tea, "quantity", 0)).post("/api/cart/update/")
                .then().statusCode(200).body("cart.items", hasSize(0)).body("cart.total", equalTo("0.00"));
        assertThat(cartLines(cart)).isZero();
    }

    @Test
    void stock_is_checked_when_adding() {
        Shop shop = Api.openShop("cart-stock");
        String vase = shop.addProduct(shop.ownerToken(), "VASE", "80.00", 2);
        String cart = shop.addToCart(null, vase, 2);
        shop.request().body(Map.of("cart_id", cart, "product_id", vase, "quantity", 1)).post("/api/cart/add/")
                .then().statusCode(409).body("code", equalTo("insufficient_stock")).body("available", equalTo(2));
        shop.request().body(Map.of("cart_id", cart, "product_id", vase, "quantity", 5)).post("/api/cart/update/")
                .then().statusCode(409);
        shop.request().get("/api/cart/?cart_id=" + cart).then().body("cart.items[0].quantity", equalTo(2));
    }

    @Test
    void bad_adds_are_refused_and_write_nothing() {
        Shop shop = Api.openShop("cart-bad");
        String owner = shop.ownerToken();
        String rug = shop.addProduct(owner, "RUG", "900.00", 5);
        String cart = shop.addToCart(null, rug, 1);
        Shop other = Api.openShop("cart-other");
        String foreign = other.addProduct(other.ownerToken(), "FOREIGN", "1.00", 5);

        for (int quantity : new int[] {0, -3, 1001}) {
            shop.request().body(Map.of("cart_id", cart, "product_id", rug, "quantity", quantity))
                    .post("/api/cart/add/").then().statusCode(400).body("errors[0].field", equalTo("quantity"));
        }
        shop.request().body(Map.of("cart_id", cart, "product_id", "not-a-uuid", "quantity", 1))
                .post("/api/cart/add/").then().statusCode(400);
        shop.request().get("/api/cart/?cart_id=not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("cart_id"));
        shop.request().body(Map.of("cart_id", cart, "product_id", UUID.randomUUID().toString(), "quantity", 1))
                .post("/api/cart/add/").then().statusCode(404).body("code", equalTo("product_not_found"));
        shop.request().body(Map.of("cart_id", cart, "product_id", foreign, "quantity", 1))
                .post("/api/cart/add/").then().statusCode(404).body("code", equalTo("product_not_found"));
        shop.asOwner().delete("/api/staff/products/" + rug + "/").then().statusCode(200);
        shop.request().body(Map.of("cart_id", cart, "product_id", rug, "quantity", 1))
                .post("/api/cart/add/").then().statusCode(422).body("code", equalTo("product_unavailable"));
        // Another shop's cart id is unknown here.
        other.request().body(Map.of("cart_id", cart, "product_id", foreign, "quantity", 1))
                .post("/api/cart/add/").then().statusCode(404).body("code", equalTo("cart_not_found"));

        assertThat(cartLines(cart)).isEqualTo(1);
        assertThat(Database.single("select quantity from cart_lines where cart_id = ?::uuid", cart)).isEqualTo(1);
    }

    @Test
    void an_anonymous_cart_merges_into_the_customer_cart_at_sign_in() {
        Shop shop = Api.openShop("cart-merge");
        String owner = shop.ownerToken();
        String tea = shop.addProduct(owner, "TEA", "10.00", 50);
        String mug = shop.addProduct(owner, "MUG", "20.00", 50);
        String token = shop.request().body(Map.of("email", "merge@example.com", "password", "merge-password",
                "first_name", "M", "last_name", "E")).post("/api/auth/register/")
                .then().statusCode(201).extract().path("access_token");
        shop.request().auth().oauth2(token).body(Map.of("product_id", tea, "quantity", 1)).post("/api/cart/add/")
                .then().statusCode(200);

        String anonymous = shop.addToCart(null, tea, 2);
        shop.addToCart(anonymous, mug, 1);
        String signedIn = shop.request().body(Map.of("email", "merge@example.com", "password", "merge-password",
                "cart_id", anonymous)).post("/api/auth/login/").then().statusCode(200).extract().path("access_token");

        shop.request().auth().oauth2(signedIn).get("/api/cart/").then().statusCode(200)
                .body("cart.items.find { it.sku == 'TEA' }.quantity", equalTo(3))
                .body("cart.items.find { it.sku == 'MUG' }.quantity", equalTo(1));
        assertThat(Database.count("select count(*) from carts where id = ?::uuid", anonymous)).isZero();
        // The customer's cart cannot be reached without their token.
        String customerCart = shop.request().auth().oauth2(signedIn).get("/api/cart/").path("cart.cart_id");
        shop.request().get("/api/cart/?cart_id=" + customerCart).then().statusCode(404);
    }
}
