package io.kervan.devkit.simulators;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An authenticated request to the PAYNET simulator: the merchant's secret key, the JSON body, and the answers PAYNET
 * gives: {@code {object_name, code, message, …}} with code 0 for success, and an HTTP status that follows the code
 * (401 for 7, 400 for 11, 200 otherwise).
 */
record PaynetCall(String merchantKey, JsonObject body, Instant now, String objectName) {

    static final String SUCCESS = "Başarılı İşlem";

    String text(String name) {
        return SimulatorJson.text(body, name);
    }

    boolean flag(String name) {
        return "true".equalsIgnoreCase(text(name));
    }

    /**
     * An amount as tds_initial takes it: a string with a comma before the kuruş ({@code "129,90"}, PAYNET's current
     * documents) or a JSON number (its older documents); a string with a dot is refused, as Turkish number formats
     * read it as a thousands separator. Null when absent.
     *
     * @throws NumberFormatException when present and not such an amount
     */
    BigDecimal commaAmount(String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString s && s.getString().matches("\\d{1,12}(,\\d{1,2})?")) {
            return new BigDecimal(s.getString().replace(',', '.'));
        }
        throw new NumberFormatException(name);
    }

    Reply ok(SimulatorJson.Fields fields) {
        return Reply.json(200, fields.put("object_name", objectName).put("code", 0).put("message", SUCCESS).json());
    }

    Reply error(int code, String message) {
        return error(objectName, code, message);
    }

    static Reply error(String objectName, int code, String message) {
        int status = code == 7 ? 401 : code == 11 ? 400 : 200;
        return Reply.json(status, SimulatorJson.fields().put("object_name", objectName).put("code", code)
                .put("message", message).json());
    }
}
