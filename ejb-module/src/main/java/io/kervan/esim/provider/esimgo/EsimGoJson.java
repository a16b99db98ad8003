package io.kervan.esim.provider.esimgo;

import io.kervan.esim.domain.Bundle;
import io.kervan.esim.domain.BundleStatus;
import io.kervan.esim.domain.EsimOrder;
import io.kervan.esim.domain.InstallDetails;
import io.kervan.esim.domain.OrderQuote;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * eSIM Go's JSON (v2.4) read into Kervan's types, leniently: a field that is missing or of another type reads as
 * empty, zero or null rather than failing the whole answer, since eSIM Go adds fields between versions.
 */
final class EsimGoJson {

    private EsimGoJson() {
    }

    static Bundle bundle(JsonObject o) {
        List<Bundle.Country> countries = objects(o, "countries").stream()
                .map(c -> new Bundle.Country(text(c, "iso"), text(c, "name"), text(c, "region"))).toList();
        boolean unlimited = o.getBoolean("unlimited", false);
        int dataMb = (int) number(o, "dataAmount").longValue();
        // Unlimited bundles may state their data as -1; there is nothing to count.
        return new Bundle(text(o, "name"), text(o, "description"), countries, unlimited ? Math.max(0, dataMb) : dataMb,
                (int) number(o, "duration").longValue(), unlimited, decimal(o, "price"));
    }

    static OrderQuote quote(JsonObject o) {
        return new OrderQuote(o.getBoolean("valid", false), decimal(o, "total"), text(o, "currency"),
                text(o, "statusMessage"));
    }

    /** A transaction's answer, an entry of the order list, or one order read by reference. */
    static EsimOrder order(JsonObject o) {
        List<EsimOrder.Line> lines = objects(o, "order").stream()
                .map(l -> new EsimOrder.Line(text(l, "item"), (int) number(l, "quantity").longValue(),
                        decimal(l, "pricePerUnit"), objects(l, "esims").stream().map(EsimGoJson::install).toList()))
                .toList();
        String created = text(o, "createDate").isEmpty() ? text(o, "createdDate") : text(o, "createDate");
        return new EsimOrder(text(o, "orderReference"), text(o, "status"), text(o, "statusMessage"),
                decimal(o, "total"), text(o, "currency"), instant(created), lines);
    }

    static InstallDetails install(JsonObject o) {
        String status = text(o, "profileStatus");
        return new InstallDetails(text(o, "iccid"), text(o, "matchingId"), text(o, "smdpAddress"),
                status.isEmpty() ? null : status);
    }

    static BundleStatus bundleStatus(JsonObject o) {
        return new BundleStatus(text(o, "name"), objects(o, "assignments").stream()
                .map(a -> new BundleStatus.Assignment(text(a, "id"), text(a, "assignmentReference"),
                        text(a, "bundleState"), number(a, "initialQuantity").longValue(),
                        number(a, "remainingQuantity").longValue(), a.getBoolean("unlimited", false),
                        instant(text(a, "assignmentDateTime"))))
                .toList());
    }

    /** The objects of an array member; none when it is missing or not an array. */
    static List<JsonObject> objects(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value instanceof JsonArray array ? objects(array) : List.of();
    }

    static List<JsonObject> objects(JsonArray array) {
        return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }

    static String text(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null || value == JsonValue.NULL ? "" : value.toString();
    }

    private static BigDecimal number(JsonObject o, String name) {
        BigDecimal value = decimal(o, name);
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Exact: a JSON number is read as written (1.79 stays 1.79), never through a double. */
    private static BigDecimal decimal(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value instanceof JsonString s) {
            try {
                return new BigDecimal(s.getString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
