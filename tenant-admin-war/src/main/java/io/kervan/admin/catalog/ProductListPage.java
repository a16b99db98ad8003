package io.kervan.admin.catalog;

import io.kervan.admin.AdminPages;
import io.kervan.admin.AdminPanel;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.application.ProductView;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
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
 * {@code /admin/catalog}: every product of the shop, on sale or not, by name; a GET search on the name and page
 * links that keep it (the same list as {@code GET /api/staff/products/}).
 */
@WebServlet("/catalog")
public class ProductListPage extends HttpServlet {

    static final String PATH = AdminPanel.BASE + "/catalog";
    static final int PAGE_SIZE = 20;
    static final int LONGEST_SEARCH = 100;

    /** What the list shows; {@code canAdd}: whether the member may add products. */
    public record View(String search, List<ProductView> products, long total, Paging paging, boolean canAdd,
                       CatalogTabs tabs, Flash flash) {
    }

    @Inject
    ProductCatalog catalog;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.SEE_CATALOG);
        String search = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        if (search.length() > LONGEST_SEARCH) {
            search = search.substring(0, LONGEST_SEARCH);
        }
        int page = Paging.requested(request.getParameter("page"));
        Page<ProductView> products = catalog.listForStaff(search.isEmpty() ? null : search,
                new PageRequest(page, PAGE_SIZE));
        Paging paging = new Paging(PATH, search.isEmpty() ? Map.of() : Map.of("q", search), page,
                Math.max(1, products.pageCount()));
        pages.page(response, 200, "admin/products.jte", Section.CATALOG, new View(search, products.items(),
                products.total(), paging, visit.may(Permission.CHANGE_PRODUCTS), CatalogTabs.of(visit, "products"),
                Flash.of(request, visit.texts())), "catalog.products.title");
    }
}
