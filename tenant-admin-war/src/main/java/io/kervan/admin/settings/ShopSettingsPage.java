package io.kervan.admin.settings;

import io.kervan.admin.AdminPages;
import io.kervan.admin.AdminPanel;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.ShopSettings;
import io.kervan.tenancy.application.ShopSettingsChange;
import io.kervan.tenancy.application.ShopSettingsView;
import io.kervan.webkit.form.FormErrors;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/settings}: the shop's name, logo, colour and language, as its storefront and mails show them, and
 * whether and how long it holds paid money in escrow. The
 * shop itself checks each value (the same rules as {@code PATCH /api/staff/shop/}); a refused form comes back as typed
 * with the field marked, and a saved one shows on the shop's pages at once.
 */
@WebServlet("/settings")
public class ShopSettingsPage extends HttpServlet {

    static final String PATH = AdminPanel.BASE + "/settings";
    /** The languages a shop's pages may speak by default. */
    static final List<String> LOCALES = List.of("tr", "en", "ru");

    /** The form's values (as stored, or as typed) and what is wrong with them. */
    public record View(Map<String, String> values, String slug, String currency, List<String> locales,
                       FormErrors errors, Flash flash) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }
    }

    @Inject
    ShopSettings settings;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.SHOP_SETTINGS);
        ShopSettingsView shop = settings.show();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("display_name", shop.displayName());
        values.put("logo_url", shop.logoUrl() == null ? "" : shop.logoUrl());
        values.put("primary_color", shop.primaryColor() == null ? "" : shop.primaryColor());
        values.put("default_locale", shop.defaultLocale());
        values.put("escrow_enabled", shop.escrowEnabled() ? "on" : "");
        values.put("escrow_auto_release_days", shop.escrowAutoReleaseDays() == null ? ""
                : shop.escrowAutoReleaseDays().toString());
        show(response, 200, new View(values, shop.slug(), shop.defaultCurrency(), LOCALES, new FormErrors(),
                Flash.of(request, visit.texts())));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.SHOP_SETTINGS);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("display_name", "logo_url", "primary_color", "default_locale", "escrow_enabled",
                "escrow_auto_release_days")) {
            String value = request.getParameter(field);
            values.put(field, value == null ? "" : value.strip());
        }
        try {
            settings.change(new ShopSettingsChange(values.get("display_name"), values.get("logo_url"),
                    values.get("primary_color").toLowerCase(java.util.Locale.ROOT), values.get("default_locale"),
                    values.get("escrow_enabled").equals("on"), days(values.get("escrow_auto_release_days"))));
            pages.seeOther(response, Flash.done(PATH, "settings_saved"));
        } catch (KervanException refused) {
            if (refused.errorCode() != CommonError.VALIDATION_FAILED) {
                throw refused;
            }
            FormErrors errors = new FormErrors();
            for (Object error : (List<?>) refused.properties().getOrDefault("errors", List.of())) {
                String field = ((FieldError) error).field();
                errors.add(field, visit.texts().text("settings." + field + ".invalid"));
            }
            ShopSettingsView shop = settings.show();
            show(response, 422, new View(values, shop.slug(), shop.defaultCurrency(), LOCALES, errors,
                    new Flash(null, null)));
        }
    }

    /** Blank keeps the shop's choice; what is not a small whole number goes to the shop as -1, which it refuses. */
    private static Integer days(String value) {
        if (value.isEmpty()) {
            return null;
        }
        return value.matches("\\d{1,3}") ? Integer.valueOf(value) : -1;
    }

    private void show(HttpServletResponse response, int status, View view) throws IOException {
        pages.page(response, status, "admin/settings.jte", Section.SETTINGS, view, "settings.title");
    }
}
