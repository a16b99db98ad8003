package io.kervan.catalog.domain;

import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Products and shipping methods refuse what the shop could not show, naming the field, whoever sends it. */
class CatalogRulesTest {

    private static final Money PRICE = Money.of(new BigDecimal("45.00"), "TRY");

    private static Product mug(String name, String description, Integer stock, List<String> images) {
        return new Product("MUG", name, description, ProductType.PHYSICAL, PRICE, stock, images);
    }

    private static String refusedField(Executable change) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, change);
        return ((FieldError) ((List<?>) refused.properties().get("errors")).get(0)).field();
    }

    @Test
    void a_product_needs_a_name_of_at_most_200_characters_and_a_description_of_at_most_5000() {
        assertThat(refusedField(() -> mug("  ", null, 1, null))).isEqualTo("name");
        assertThat(refusedField(() -> mug("x".repeat(201), null, 1, null))).isEqualTo("name");
        assertThat(refusedField(() -> mug("Kupa", "d".repeat(5001), 1, null))).isEqualTo("description");
        assertThat(refusedField(() -> new Product(" ", "Kupa", null, ProductType.PHYSICAL, PRICE, 1, null)))
                .isEqualTo("sku");
        Product mug = mug("Kupa", null, 1, null);
        assertThat(refusedField(() -> mug.edit("x".repeat(201), null, null, null, null))).isEqualTo("name");
        assertThat(mug.name()).isEqualTo("Kupa");
    }

    @Test
    void stock_is_zero_to_ten_million_and_images_are_at_most_ten_web_addresses() {
        assertThat(refusedField(() -> mug("Kupa", null, -1, null))).isEqualTo("stock");
        assertThat(refusedField(() -> mug("Kupa", null, 10_000_001, null))).isEqualTo("stock");
        for (String url : new String[]{"ftp://cdn.example.com/a.jpg", "https://", "cdn.example.com/a.jpg",
                "https://cdn.example.com/a b.jpg", "https://user@cdn.example.com/a.jpg",
                "https://cdn.example.com/" + "a".repeat(500)}) {
            assertThat(refusedField(() -> mug("Kupa", null, 1, List.of(url)))).as(url).isEqualTo("image_urls");
        }
        assertThat(refusedField(() -> mug("Kupa", null, 1,
                Collections.nCopies(11, "https://cdn.example.com/a.jpg")))).isEqualTo("image_urls");
        assertThat(mug("Kupa", null, 10_000_000, List.of("https://cdn.example.com/a.jpg", "http://localhost/b.png"))
                .imageUrls()).hasSize(2);
    }

    @Test
    void a_shipping_method_needs_a_name_a_carrier_and_a_delivery_window_within_a_year() {
        assertThat(refusedField(() -> new ShippingMethod("", "PTT", PRICE, 1, 2))).isEqualTo("name");
        assertThat(refusedField(() -> new ShippingMethod("n".repeat(121), "PTT", PRICE, 1, 2))).isEqualTo("name");
        assertThat(refusedField(() -> new ShippingMethod("Hızlı", "c".repeat(81), PRICE, 1, 2)))
                .isEqualTo("carrier");
        assertThat(refusedField(() -> new ShippingMethod("Hızlı", "PTT", PRICE, 400, 400))).isEqualTo("min_days");
        assertThat(refusedField(() -> new ShippingMethod("Hızlı", "PTT", PRICE, 2, 1))).isEqualTo("max_days");
        assertThat(refusedField(() -> new ShippingMethod("Hızlı", "PTT", PRICE, 1, 366))).isEqualTo("max_days");
    }
}
