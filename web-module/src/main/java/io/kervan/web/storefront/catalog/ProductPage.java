package io.kervan.web.storefront.catalog;

import io.kervan.catalog.application.ProductListings;
import io.kervan.catalog.application.ProductView;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.ShopAddress;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Notices;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.PathIds;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.render.JsonLd;
import io.kervan.webkit.render.Meta;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;

/**
 * {@code /products/{id}}: a product with its images, price, stock and an add-to-cart form, and its structured data
 * (schema.org Product with an Offer). Another shop's product, or one off sale, is the 404 page.
 */
@WebServlet("/products/*")
public class ProductPage extends HttpServlet {

    private static final int DESCRIPTION_LENGTH = 155;

    /** The page's model; {@code problem} is the text key of what went wrong with the last add to cart. */
    public record View(ProductCard product, String problem) {
    }

    @Inject
    ProductListings catalog;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Inject
    ShopAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID id = PathIds.single(request).orElseThrow(() -> new KervanException(CommonError.NOT_FOUND,
                "No such product"));
        ProductView product = catalog.product(id);
        ProductCard card = ProductCard.of(product);
        String canonical = address.link(card.href());
        Meta meta = Meta.indexed(card.name() + " | " + visit.shop().displayName(), summary(card), canonical)
                .withJsonLd(structuredData(card, canonical));
        pages.page(response, 200, "shop/product.jte", meta, Chrome.Section.PRODUCTS,
                new View(card, Notices.problem(request, visit.texts())));
    }

    private String summary(ProductCard card) {
        String text = card.description() == null || card.description().isBlank()
                ? visit.texts().text("product.description", card.name(), visit.shop().displayName())
                : card.description().strip().replaceAll("\\s+", " ");
        return text.length() <= DESCRIPTION_LENGTH ? text : text.substring(0, DESCRIPTION_LENGTH - 1) + "…";
    }

    private static String structuredData(ProductCard card, String url) {
        JsonArrayBuilder images = JsonDocuments.array();
        card.imageUrls().forEach(images::add);
        return JsonLd.of(JsonDocuments.object()
                .add("@context", "https://schema.org")
                .add("@type", "Product")
                .add("name", card.name())
                .add("description", card.description() == null ? "" : card.description())
                .add("image", images)
                .add("url", url)
                .add("offers", JsonDocuments.object()
                        .add("@type", "Offer")
                        .add("price", card.price())
                        .add("priceCurrency", card.currency())
                        .add("availability", card.inStock() ? "https://schema.org/InStock"
                                : "https://schema.org/OutOfStock")
                        .add("url", url))
                .build());
    }
}
