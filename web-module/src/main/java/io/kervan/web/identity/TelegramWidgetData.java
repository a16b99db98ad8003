package io.kervan.web.identity;

import io.kervan.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The widget's fields as the text Telegram signed. Its JavaScript callback gives {@code id} and {@code auth_date} as
 * JSON numbers and the redirect gives every field as a string; both read the same here.
 */
public final class TelegramWidgetData {

    private TelegramWidgetData() {
    }

    public static Map<String, String> asText(Map<String, Object> fields) {
        Map<String, String> text = new LinkedHashMap<>();
        fields.forEach((name, value) -> text.put(name, asText(name, value)));
        return text;
    }

    private static String asText(String name, Object value) {
        if (value instanceof String string) {
            return string;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        throw new InvalidInputException(name,
                name + " must be a string or a number, as Telegram's login widget gives it");
    }
}
