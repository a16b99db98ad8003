package io.kervan.admin.esim;

import io.kervan.admin.StaffVisit;
import io.kervan.esim.application.MarkupView;
import io.kervan.esim.domain.MarkupRule;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.webkit.form.FormErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The markup form: its fields are the settings of {@link MarkupRule}, and each is checked by the rule itself, one at a
 * time, so every wrong field is marked at once and the panel holds no bound of its own.
 */
@RequestScoped
public class MarkupForm {

    static final List<String> FIELDS = List.of("markup_percent", "markup_fixed", "rounding_step", "price_ending");
    private static final int LONGEST = 20;

    /** The form's values, as stored or as typed. */
    public record Values(Map<String, String> values) {

        static final Values NONE = new Values(Map.of());

        static Values of(MarkupView markup) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("markup_percent", plain(markup.percent()));
            values.put("markup_fixed", plain(markup.fixed()));
            values.put("rounding_step", plain(markup.step()));
            values.put("price_ending", markup.ending() == null ? "" : markup.ending().setScale(2).toPlainString());
            return new Values(values);
        }

        static Values from(HttpServletRequest request) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : FIELDS) {
                String value = request.getParameter(field);
                values.put(field, value == null ? "" : value.strip());
            }
            return new Values(values);
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        private static String plain(BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
    }

    @Inject
    StaffVisit visit;

    /** The rule the form gives, or null with {@code errors} saying what is wrong. */
    MarkupRule read(Values typed, FormErrors errors) {
        Map<String, Object> config = new HashMap<>();
        for (String field : FIELDS) {
            String value = typed.value(field);
            if (value.isEmpty()) {
                continue;
            }
            try {
                if (value.length() > LONGEST) {
                    throw new InvalidInputException("config." + field, "too long");
                }
                MarkupRule.of(Map.of(field, value));
                config.put(field, value);
            } catch (InvalidInputException wrong) {
                errors.add(field, visit.texts().text("esim.markup." + field + ".invalid"));
            }
        }
        return errors.isEmpty() ? MarkupRule.of(config) : null;
    }
}
