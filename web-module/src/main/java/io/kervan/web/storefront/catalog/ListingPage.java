package io.kervan.web.storefront.catalog;

import io.kervan.catalog.application.ProductListings;
import io.kervan.catalog.application.ProductView;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.tenancy.application.ShopAddress;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.render.Meta;
import io.kervan.webkit.render.Paging;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /products?search=&page=}: the shop's products by name, 24 a page, narrowed by a search; the page links keep
 * the search. A page number past the end shows an empty page that says so. The pages come from the API's own
 * {@link ProductListings}, so one query a while serves every shopper of the shop.
 */
@WebServlet("/products")
public class ListingPage extends HttpServlet {

    static final int PAGE_SIZE = 24;
    private static final int MAX_SEARCH = 100;

    /** The page's model. */
    public record View(String search, List<ProductCard> products, long total, Paging paging) {
    }

    @Inject
    ProductListings listings;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Inject
    ShopAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String search = request.getParameter("search") == null ? "" : request.getParameter("search").strip();
        if (search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
        int page = Paging.requested(request.getParameter("page"));
        Page<ProductView> found = listings.page(search, new PageRequest(page, PAGE_SIZE));
        List<ProductCard> products = found.items().stream().map(ProductCard::of).toList();
        long total = found.total();
        int pageCount = Math.max(1, found.pageCount());
        View view = new View(search, products, total,
                new Paging("/products", Map.of("search", search), page, pageCount));
        String title = search.isEmpty() ? visit.texts().text("listing.title")
                : visit.texts().text("listing.title.search", search);
        String canonical = address.link(new Paging("/products", Map.of(), page, pageCount).link(page));
        Meta meta = Meta.indexed(title, visit.texts().text("listing.description", visit.shop().displayName()),
                canonical);
        pages.page(response, 200, "shop/products.jte", search.isEmpty() ? meta : noindex(meta),
                Chrome.Section.PRODUCTS, view);
    }

    /** Search results are not pages of their own for search engines. */
    private static Meta noindex(Meta meta) {
        return new Meta(meta.title(), meta.description(), meta.canonical(), true, null, 0);
    }
}
