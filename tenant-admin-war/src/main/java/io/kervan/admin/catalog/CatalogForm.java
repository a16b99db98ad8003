package io.kervan.admin.catalog;

import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.KervanException;
import io.kervan.webkit.form.FormErrors;
import io.kervan.webkit.form.TypedAmount;
import io.kervan.webkit.i18n.Texts;
import jakarta.servlet.http.HttpServletRequest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalog form as it was sent (every value kept, to show again as typed) and what is wrong with it. The form only
 * reads what was typed (is it a number?); the rules (names' lengths, no negative price or stock, image addresses)
 * are the catalog's own, which refuses with the field at fault: {@link #refusedBy} marks that field with the page's
 * text {@code catalog.<field>.invalid} (or {@code catalog.<scope>.<field>.invalid} where one form's rule differs),
 * which says the rule in the member's language.
 */
public record CatalogForm(String scope, Map<String, String> values, FormErrors errors, Texts texts) {

    /** A form ({@code scope}: product, shipping or coupon) with these values and no errors yet. */
    public static CatalogForm of(String scope, Map<String, String> values, Texts texts) {
        return new CatalogForm(scope, new LinkedHashMap<>(values), new FormErrors(), texts);
    }

    /** The form's {@code fields} as posted, stripped ("" for one missing). */
    public static CatalogForm read(String scope, HttpServletRequest request, List<String> fields, Texts texts) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            String value = request.getParameter(field);
            values.put(field, value == null ? "" : value.strip());
        }
        return of(scope, values, texts);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** An amount in Turkish or plain writing (see {@link TypedAmount}), or null and the field marked. */
    public BigDecimal amount(String field, boolean required) {
        String typed = typed(field, required);
        if (typed.isEmpty()) {
            return null;
        }
        // The sign is read here and refused by the catalog's own rule (no negative prices).
        boolean negative = typed.startsWith("-");
        BigDecimal amount = TypedAmount.parse(negative ? typed.substring(1) : typed).orElse(null);
        if (amount == null && TypedAmount.ambiguous(typed)) {
            errors.add(field, texts.text("kit.amount.ambiguous", typed));
        }
        if (amount == null) {
            invalid(field);
            return null;
        }
        return negative ? amount.negate() : amount;
    }

    /** A whole number (negative ones too: the catalog says why it refuses them), or null and the field marked. */
    public Integer whole(String field, boolean required) {
        String typed = typed(field, required);
        if (typed.isEmpty()) {
            return null;
        }
        if (!typed.matches("-?\\d{1,9}")) {
            invalid(field);
            return null;
        }
        return Integer.parseInt(typed);
    }

    /** The text of {@code field}, or the field marked when it is empty. */
    public String required(String field) {
        return typed(field, true);
    }

    private String typed(String field, boolean required) {
        String typed = value(field);
        if (typed.isEmpty() && required) {
            invalid(field);
        }
        return typed;
    }

    /** Marks {@code field} with the rule it breaks: the form's own text for it if it has one, else the catalog's. */
    public void invalid(String field) {
        String own = "catalog." + scope + "." + field + ".invalid";
        errors.add(field, texts.text(texts.has(own) ? own : "catalog." + field + ".invalid"));
    }

    /**
     * Marks the fields a refusal of the catalog names ({@code aliases} turns the service's field names into the
     * form's, such as {@code amount} into {@code price}); a refusal that is not about the input is thrown on.
     */
    public void refusedBy(KervanException refused, Map<String, String> aliases) {
        if (refused.errorCode() != CommonError.VALIDATION_FAILED) {
            throw refused;
        }
        for (Object error : (List<?>) refused.properties().getOrDefault("errors", List.of())) {
            String field = ((FieldError) error).field();
            String shown = aliases.getOrDefault(field, field);
            if (!values.containsKey(shown)) {
                throw refused;
            }
            invalid(shown);
        }
    }
}
