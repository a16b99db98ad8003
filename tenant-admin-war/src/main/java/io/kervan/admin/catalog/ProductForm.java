package io.kervan.admin.catalog;

import io.kervan.admin.Flash;
import io.kervan.catalog.application.ProductView;
import io.kervan.webkit.i18n.Formats;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product page: the form that adds a product ({@code product} null) or edits one, with the product as stored
 * beside it. Prices are shown in the member's writing ({@code 1.234,56} in Turkish) and read back in either.
 */
public record ProductForm(ProductView product, CatalogForm form, String currency, boolean canChange, Flash flash) {

    static final List<String> NEW_FIELDS =
            List.of("sku", "name", "product_type", "price", "stock", "description", "image_urls");
    static final List<String> EDIT_FIELDS = List.of("name", "price", "stock", "description", "image_urls");
    /** The catalog names its fields as the API does; the form calls the price "price". */
    static final Map<String, String> ALIASES = Map.of("amount", "price");

    public boolean adding() {
        return product == null;
    }

    /** Whether the form has a stock field: new products (digital ones leave it empty) and physical ones. */
    public boolean hasStock() {
        return product == null || "physical".equals(product.productType());
    }

    public String action() {
        return product == null ? ProductPages.PATH + "/new" : ProductPages.PATH + "/" + product.id();
    }

    /** The stored product's values, as the edit form first shows them. */
    static Map<String, String> valuesOf(ProductView product, Formats formats) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", product.name());
        values.put("price", formats.amountToType(product.price()));
        values.put("stock", product.stock() == null ? "" : product.stock().toString());
        values.put("description", product.description());
        values.put("image_urls", String.join("\n", product.imageUrls()));
        return values;
    }

    /** The addresses typed one a line, blank lines left out. */
    static List<String> imageUrls(String typed) {
        return Arrays.stream(typed.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
