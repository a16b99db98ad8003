package io.kervan.devkit.simulators;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An authenticated request to the iyzico simulator: the merchant whose keys signed it, the JSON body (query values for
 * a GET), and what every answer echoes: {@code locale} ({@code tr} unless {@code en}) and {@code conversationId}.
 */
record IyzicoCall(IyzicoMerchant merchant, JsonObject body, String locale, String conversationId, Instant now) {

    static IyzicoCall of(IyzicoMerchant merchant, JsonObject body, Instant now) {
        String locale = "en".equals(SimulatorJson.text(body, "locale")) ? "en" : "tr";
        return new IyzicoCall(merchant, body, locale, SimulatorJson.text(body, "conversationId"), now);
    }

    String text(String name) {
        return SimulatorJson.text(body, name);
    }

    /** @throws NumberFormatException when the field is there and not a number */
    BigDecimal decimal(String name) {
        return SimulatorJson.decimal(body, name);
    }

    Reply failure(IyzicoError error) {
        return Reply.json(200, IyzicoWire.failure(error, locale, now, conversationId));
    }

    Reply ok(String json) {
        return Reply.json(200, json);
    }
}
