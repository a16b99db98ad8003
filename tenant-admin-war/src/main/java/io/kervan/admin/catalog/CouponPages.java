package io.kervan.admin.catalog;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.cart.application.CouponBook;
import io.kervan.cart.application.CouponView;
import io.kervan.cart.domain.CartError;
import io.kervan.cart.domain.CouponKind;
import io.kervan.cart.domain.CouponTerms;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/catalog/coupons} (owners and admins, as {@code /api/staff/coupons/}): the shop's coupons with how many
 * orders used each, the form that adds one (a percentage or an amount off, with an optional minimum order and use
 * limits) and {@code …/{id}/deactivate}. The coupon book checks the terms; a refused form comes back as typed.
 */
@WebServlet({"/catalog/coupons", "/catalog/coupons/*"})
public class CouponPages extends HttpServlet {

    static final String PATH = ProductListPage.PATH + "/coupons";
    static final List<String> FIELDS =
            List.of("code", "kind", "value", "min_order_amount", "max_uses", "max_uses_per_customer");
    private static final Map<String, String> ALIASES =
            Map.of("coupon_code", "code", "percentage", "value", "amount", "value");

    public record View(List<CouponView> coupons, CatalogForm form, String currency, CatalogTabs tabs, Flash flash) {

        /** A percentage as people write it: {@code 12.5}, not {@code 12.50}. */
        public String percentage(CouponView coupon) {
            return new BigDecimal(coupon.percentage()).stripTrailingZeros().toPlainString();
        }
    }

    @Inject
    CouponBook coupons;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MANAGE_COUPONS);
        if (CatalogPaths.parts(request).length != 0) {
            throw CatalogPaths.notFound();
        }
        show(response, 200, CatalogForm.of("coupon", Map.of("kind", "percentage"), visit.texts()),
                Flash.of(request, visit.texts()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MANAGE_COUPONS);
        String[] parts = CatalogPaths.parts(request);
        if (parts.length == 2 && parts[1].equals("deactivate")) {
            coupons.deactivate(CatalogPaths.id(parts[0]));
            pages.seeOther(response, Flash.done(PATH, "coupon_deactivated"));
            return;
        }
        if (parts.length != 0) {
            throw CatalogPaths.notFound();
        }
        CatalogForm form = CatalogForm.read("coupon", request, FIELDS, visit.texts());
        String code = form.required("code");
        CouponKind kind = switch (form.value("kind")) {
            case "percentage" -> CouponKind.PERCENTAGE;
            case "fixed_amount" -> CouponKind.FIXED_AMOUNT;
            default -> {
                form.invalid("kind");
                yield null;
            }
        };
        BigDecimal value = form.amount("value", true);
        BigDecimal minimum = form.amount("min_order_amount", false);
        Integer maxUses = form.whole("max_uses", false);
        Integer perCustomer = form.whole("max_uses_per_customer", false);
        if (form.errors().isEmpty()) {
            try {
                Money amount = kind == CouponKind.FIXED_AMOUNT ? Money.of(value, visit.shop().defaultCurrency()) : null;
                coupons.add(code, new CouponTerms(kind, kind == CouponKind.PERCENTAGE ? value : null, amount, minimum,
                        null, null, maxUses, perCustomer, true));
                pages.seeOther(response, Flash.done(PATH, "coupon_added"));
                return;
            } catch (KervanException refused) {
                if (refused.errorCode() == CartError.COUPON_CODE_TAKEN) {
                    form.errors().add("code", visit.texts().text("catalog.code.taken"));
                } else {
                    form.refusedBy(refused, ALIASES);
                }
            }
        }
        show(response, 422, form, Flash.none());
    }

    private void show(HttpServletResponse response, int status, CatalogForm form, Flash flash) throws IOException {
        View view = new View(coupons.list(), form, visit.shop().defaultCurrency(), CatalogTabs.of(visit, "coupons"),
                flash);
        pages.page(response, status, "admin/coupons.jte", Section.CATALOG, view, "catalog.coupons.title");
    }
}
