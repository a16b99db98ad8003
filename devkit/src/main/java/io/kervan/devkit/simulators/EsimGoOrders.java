package io.kervan.devkit.simulators;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.kervan.devkit.simulators.EsimGoSimulator.json;
import static io.kervan.devkit.simulators.EsimGoWire.JSON;

/**
 * The simulator's order and eSIM endpoints: {@code POST /orders} (validate or transaction, with or without assign),
 * {@code GET /esims/assignments?reference=} (JSON or CSV) and {@code GET /esims/{iccid}/bundles[/{name}]}, with eSIM
 * Go's rules for order bodies: ICCIDs only with {@code assign}, as many as the quantity, and known to the organisation.
 */
final class EsimGoOrders {

    private EsimGoOrders() {
    }

    static int post(HttpExchange exchange, EsimGoOrganisation organisation, EsimGoCatalogue catalogue,
                    Duration assignmentDelay, String currency) throws IOException {
        JsonObject body = EsimGoSimulator.body(exchange);
        if (body == null) {
            return refuse(exchange, "The request body must be a JSON object");
        }
        String type = body.get("type") instanceof jakarta.json.JsonString s ? s.getString() : "";
        if (!type.equals("validate") && !type.equals("transaction")) {
            return refuse(exchange, "type must be validate or transaction");
        }
        boolean assign = body.get("assign") == JsonValue.TRUE;
        if (!(body.get("order") instanceof jakarta.json.JsonArray items) || items.isEmpty()) {
            return refuse(exchange, "order must list at least one item");
        }
        List<EsimGoOrganisation.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonValue value : items) {
            if (!(value instanceof JsonObject item) || !"bundle".equals(item.getString("type", ""))) {
                return refuse(exchange, "each order item must be of type bundle");
            }
            EsimGoCatalogue.Bundle bundle = catalogue.find(item.getString("item", ""));
            if (bundle == null) {
                return refuse(exchange, "Bundle " + item.getString("item", "") + " is not in the catalogue");
            }
            int quantity = item.get("quantity") instanceof jakarta.json.JsonNumber n && n.isIntegral()
                    ? n.intValue() : 0;
            if (quantity < 1 || quantity > 1000) {
                return refuse(exchange, "quantity must be between 1 and 1000");
            }
            List<String> iccids = EsimGoSimulator.strings(item, "iccids");
            if (!iccids.isEmpty() && !assign) {
                return refuse(exchange, "ICCIDs may only be given when assign is true");
            }
            if (!iccids.isEmpty() && (iccids.size() != quantity
                    || iccids.stream().anyMatch(i -> organisation.esim(i) == null))) {
                return refuse(exchange, "Give as many known ICCIDs as the quantity");
            }
            EsimGoOrganisation.Line line = new EsimGoOrganisation.Line(bundle, quantity, iccids);
            lines.add(line);
            total = total.add(line.subTotal());
        }
        boolean covered = organisation.balance().compareTo(total) >= 0;
        if (type.equals("validate")) {
            return json(exchange, 200, EsimGoWire.quote(lines, assign, total, covered, currency).toString());
        }
        if (!covered) {
            return refuse(exchange, "Insufficient balance");
        }
        EsimGoOrganisation.Order order = organisation.place(lines, assign, Instant.now().plus(assignmentDelay));
        return json(exchange, 200, EsimGoWire.order(order, organisation, currency).toString());
    }

    /** Install details of an order's eSIMs: JSON when asked for, else eSIM Go's default CSV; none while processing. */
    static int assignments(HttpExchange exchange, EsimGoOrganisation organisation, String reference)
            throws IOException {
        EsimGoOrganisation.Order order = reference == null ? null : organisation.order(reference);
        if (order == null) {
            return json(exchange, 404, EsimGoWire.message("No order or bundle apply has this reference"));
        }
        List<EsimGoOrganisation.Esim> esims = order.ready() ? order.lines().stream()
                .flatMap(l -> l.iccids().stream()).map(organisation::esim).toList() : List.of();
        String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
        if (accept.contains("application/json")) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            esims.forEach(e -> array.add(EsimGoWire.install(e)));
            return json(exchange, 200, array.build().toString());
        }
        if (accept.contains("application/zip")) {
            return json(exchange, 406, EsimGoWire.message("The simulator does not make QR code ZIP files"));
        }
        StringBuilder csv = new StringBuilder("ICCID,Matching ID,RSP URL,Reference\n");
        esims.forEach(e -> csv.append(e.iccid()).append(',').append(e.matchingId()).append(",LPA:1$")
                .append(EsimGoOrganisation.SMDP_ADDRESS).append('$').append(e.matchingId()).append(',')
                .append(reference).append('\n'));
        return EsimGoSimulator.respond(exchange, 200, "text/csv", csv.toString());
    }

    /** {@code /esims/{iccid}/bundles} (all, grouped by name) or {@code /esims/{iccid}/bundles/{name}}. */
    static int bundles(HttpExchange exchange, EsimGoOrganisation organisation, String[] parts) throws IOException {
        EsimGoOrganisation.Esim esim = organisation.esim(parts[1]);
        if (esim == null || parts.length < 3 || !parts[2].equals("bundles")) {
            return json(exchange, 404, EsimGoWire.message("eSIM not found"));
        }
        if (parts.length == 4) {
            List<EsimGoOrganisation.Applied> applied = esim.bundles().stream()
                    .filter(a -> a.bundle.name().equals(parts[3])).toList();
            return applied.isEmpty() ? json(exchange, 404, EsimGoWire.message("Bundle not found on this eSIM"))
                    : json(exchange, 200, EsimGoWire.applied(parts[3], applied).toString());
        }
        JsonArrayBuilder all = JSON.createArrayBuilder();
        esim.bundles().stream().map(a -> a.bundle.name()).distinct().forEach(name -> all.add(EsimGoWire.applied(
                name, esim.bundles().stream().filter(a -> a.bundle.name().equals(name)).toList())));
        return json(exchange, 200, JSON.createObjectBuilder().add("bundles", all).build().toString());
    }

    private static int refuse(HttpExchange exchange, String message) throws IOException {
        return json(exchange, 400, EsimGoWire.message(message));
    }
}
