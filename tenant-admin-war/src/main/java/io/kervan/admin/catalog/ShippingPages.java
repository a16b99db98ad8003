package io.kervan.admin.catalog;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.catalog.application.ShippingCatalog;
import io.kervan.catalog.application.ShippingMethodDetails;
import io.kervan.catalog.application.ShippingMethodView;
import io.kervan.shared.domain.KervanException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /admin/catalog/shipping}: the shop's shipping methods (every member sees them) and, for owners and admins,
 * the form that adds one; {@code …/{id}} edits one, {@code …/{id}/deactivate} and {@code …/reactivate} take it
 * out of checkout and back. The rules are the catalog's, as for {@code /api/staff/shipping-methods/}.
 */
@WebServlet({"/catalog/shipping", "/catalog/shipping/*"})
public class ShippingPages extends HttpServlet {

    static final String PATH = ProductListPage.PATH + "/shipping";
    static final List<String> FIELDS = List.of("name", "carrier", "price", "min_days", "max_days");
    private static final Map<String, String> ALIASES = Map.of("amount", "price");

    /** The list and the add form ({@code editing} null), or one method's form. */
    public record View(List<ShippingMethodView> methods, ShippingMethodView editing, CatalogForm form,
                       String currency, boolean canChange, CatalogTabs tabs, Flash flash) {

        public String action() {
            return editing == null ? PATH : PATH + "/" + editing.id();
        }
    }

    @Inject
    ShippingCatalog shipping;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = CatalogPaths.parts(request);
        Flash flash = Flash.of(request, visit.texts());
        if (parts.length == 0) {
            visit.require(Permission.SEE_CATALOG);
            CatalogForm form = CatalogForm.of("shipping", Map.of("min_days", "1", "max_days", "3"),
                    visit.texts());
            list(response, 200, form, flash);
        } else if (parts.length == 1) {
            visit.require(Permission.MANAGE_SHIPPING);
            ShippingMethodView method = shipping.show(CatalogPaths.id(parts[0]));
            one(response, 200, method, CatalogForm.of("shipping", valuesOf(method), visit.texts()), flash);
        } else {
            throw CatalogPaths.notFound();
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MANAGE_SHIPPING);
        String[] parts = CatalogPaths.parts(request);
        if (parts.length == 2 && (parts[1].equals("deactivate") || parts[1].equals("reactivate"))) {
            UUID id = CatalogPaths.id(parts[0]);
            if (parts[1].equals("deactivate")) {
                shipping.deactivate(id);
            } else {
                ShippingMethodView m = shipping.show(id);
                shipping.change(id, new ShippingMethodDetails(m.name(), m.carrier(), new BigDecimal(m.price()),
                        m.currency(), m.minDays(), m.maxDays(), true));
            }
            pages.seeOther(response, Flash.done(PATH, "shipping_" + parts[1] + "d"));
            return;
        }
        if (parts.length > 1) {
            throw CatalogPaths.notFound();
        }
        ShippingMethodView editing = parts.length == 1 ? shipping.show(CatalogPaths.id(parts[0])) : null;
        CatalogForm form = CatalogForm.read("shipping", request, FIELDS, visit.texts());
        String name = form.required("name");
        String carrier = form.required("carrier");
        BigDecimal price = form.amount("price", true);
        Integer minDays = form.whole("min_days", true);
        Integer maxDays = form.whole("max_days", true);
        if (form.errors().isEmpty()) {
            try {
                ShippingMethodDetails details = new ShippingMethodDetails(name, carrier, price,
                        editing == null ? null : editing.currency(), minDays, maxDays, null);
                if (editing == null) {
                    shipping.add(details);
                } else {
                    shipping.change(editing.id(), details);
                }
                pages.seeOther(response, Flash.done(PATH, editing == null ? "shipping_added" : "shipping_saved"));
                return;
            } catch (KervanException refused) {
                form.refusedBy(refused, ALIASES);
            }
        }
        if (editing == null) {
            list(response, 422, form, Flash.none());
        } else {
            one(response, 422, editing, form, Flash.none());
        }
    }

    private Map<String, String> valuesOf(ShippingMethodView method) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", method.name());
        values.put("carrier", method.carrier());
        values.put("price", visit.formats().amountToType(method.price()));
        values.put("min_days", Integer.toString(method.minDays()));
        values.put("max_days", Integer.toString(method.maxDays()));
        return values;
    }

    private void list(HttpServletResponse response, int status, CatalogForm form, Flash flash) throws IOException {
        View view = new View(shipping.list(false), null, form, visit.shop().defaultCurrency(),
                visit.may(Permission.MANAGE_SHIPPING), CatalogTabs.of(visit, "shipping"), flash);
        pages.page(response, status, "admin/shipping.jte", Section.CATALOG, view, "catalog.shipping.title");
    }

    private void one(HttpServletResponse response, int status, ShippingMethodView method, CatalogForm form,
                     Flash flash) throws IOException {
        View view = new View(List.of(), method, form, method.currency(), true, CatalogTabs.of(visit, "shipping"),
                flash);
        pages.page(response, status, "admin/shippingMethod.jte", Section.CATALOG, view,
                "catalog.shipping.edit.title", method.name());
    }
}
