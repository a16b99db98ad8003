package io.kervan.admin.catalog;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.catalog.application.NewProduct;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.application.ProductChanges;
import io.kervan.catalog.application.ProductView;
import io.kervan.catalog.domain.CatalogError;
import io.kervan.catalog.domain.ProductType;
import io.kervan.shared.domain.KervanException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A product's pages: {@code /admin/catalog/products/new} (the form that adds one) and {@code …/{id}} (its form, to
 * edit the name, price, stock, description and images), with the posts {@code …/{id}/deactivate} and
 * {@code …/reactivate}. Each post is one call of the catalog, which checks every rule as it does for the API; a
 * refused form comes back as typed with the field marked and a 422, and nothing is written. Another shop's product
 * is the 404 page.
 */
@WebServlet("/catalog/products/*")
public class ProductPages extends HttpServlet {

    static final String PATH = ProductListPage.PATH + "/products";

    @Inject
    ProductCatalog catalog;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = CatalogPaths.parts(request);
        if (parts.length == 1 && parts[0].equals("new")) {
            visit.require(Permission.CHANGE_PRODUCTS);
            CatalogForm form = CatalogForm.of("product", Map.of("product_type", "physical"),
                    visit.texts());
            show(response, 200, new ProductForm(null, form, currency(), true, Flash.of(request, visit.texts())));
        } else if (parts.length == 1) {
            visit.require(Permission.SEE_CATALOG);
            ProductView product = catalog.showForStaff(CatalogPaths.id(parts[0]));
            CatalogForm form = CatalogForm.of("product", ProductForm.valuesOf(product, visit.formats()),
                    visit.texts());
            show(response, 200, new ProductForm(product, form, product.currency(),
                    visit.may(Permission.CHANGE_PRODUCTS), Flash.of(request, visit.texts())));
        } else {
            throw CatalogPaths.notFound();
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.CHANGE_PRODUCTS);
        String[] parts = CatalogPaths.parts(request);
        if (parts.length == 1 && parts[0].equals("new")) {
            add(request, response);
        } else if (parts.length == 1) {
            edit(CatalogPaths.id(parts[0]), request, response);
        } else if (parts.length == 2 && (parts[1].equals("deactivate") || parts[1].equals("reactivate"))) {
            UUID id = CatalogPaths.id(parts[0]);
            if (parts[1].equals("deactivate")) {
                catalog.deactivate(id);
            } else {
                catalog.edit(id, new ProductChanges(null, null, null, null, true, null));
            }
            pages.seeOther(response, Flash.done(PATH + "/" + id, "product_" + parts[1] + "d"));
        } else {
            throw CatalogPaths.notFound();
        }
    }

    private void add(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CatalogForm form = CatalogForm.read("product", request, ProductForm.NEW_FIELDS, visit.texts());
        String sku = form.required("sku");
        String name = form.required("name");
        String type = form.value("product_type");
        if (!type.equals("physical") && !type.equals("digital")) {
            form.invalid("product_type");
        }
        BigDecimal price = form.amount("price", true);
        Integer stock = type.equals("digital") ? null : form.whole("stock", true);
        if (type.equals("digital") && !form.value("stock").isEmpty()) {
            form.invalid("stock");
        }
        if (form.errors().isEmpty()) {
            try {
                ProductView added = catalog.add(new NewProduct(sku, name, form.value("description"),
                        ProductType.valueOf(type.toUpperCase(Locale.ROOT)), price, null, stock,
                        ProductForm.imageUrls(form.value("image_urls"))));
                pages.seeOther(response, Flash.done(PATH + "/" + added.id(), "product_added"));
                return;
            } catch (KervanException refused) {
                if (refused.errorCode() == CatalogError.SKU_TAKEN) {
                    form.errors().add("sku", visit.texts().text("catalog.sku.taken"));
                } else {
                    form.refusedBy(refused, ProductForm.ALIASES);
                }
            }
        }
        show(response, 422, new ProductForm(null, form, currency(), true, Flash.none()));
    }

    private void edit(UUID id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProductView product = catalog.showForStaff(id);
        CatalogForm form = CatalogForm.read("product", request, ProductForm.EDIT_FIELDS, visit.texts());
        String name = form.required("name");
        BigDecimal price = form.amount("price", true);
        boolean physical = "physical".equals(product.productType());
        Integer stock = physical ? form.whole("stock", true) : null;
        if (form.errors().isEmpty()) {
            try {
                catalog.edit(id, new ProductChanges(name, form.value("description"), price, stock, null,
                        ProductForm.imageUrls(form.value("image_urls"))));
                pages.seeOther(response, Flash.done(PATH + "/" + id, "product_saved"));
                return;
            } catch (KervanException refused) {
                form.refusedBy(refused, ProductForm.ALIASES);
            }
        }
        show(response, 422, new ProductForm(product, form, product.currency(), true, Flash.none()));
    }

    private String currency() {
        return visit.shop().defaultCurrency();
    }

    private void show(HttpServletResponse response, int status, ProductForm view) throws IOException {
        if (view.adding()) {
            pages.page(response, status, "admin/product.jte", Section.CATALOG, view, "catalog.product.new.title");
        } else {
            pages.page(response, status, "admin/product.jte", Section.CATALOG, view, "catalog.product.title",
                    view.product().name());
        }
    }
}
