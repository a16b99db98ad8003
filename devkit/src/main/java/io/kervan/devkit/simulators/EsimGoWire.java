package io.kervan.devkit.simulators;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import java.math.BigDecimal;
import java.util.List;

/** The simulator's state as eSIM Go's v2.4 JSON (docs/providers/esim-go.md): field names and shapes as documented. */
final class EsimGoWire {

    /** Found once: {@code jakarta.json.Json.create…} would search the class path on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    private EsimGoWire() {
    }

    static JsonObject bundle(EsimGoCatalogue.Bundle b) {
        JsonArrayBuilder countries = JSON.createArrayBuilder();
        b.countries().forEach(c -> countries.add(JSON.createObjectBuilder().add("name", c.name())
                .add("region", c.region()).add("iso", c.iso())));
        return JSON.createObjectBuilder()
                .add("name", b.name())
                .add("description", b.description())
                .add("groups", JSON.createArrayBuilder().add("Standard eSIM Bundles"))
                .add("countries", countries)
                .add("dataAmount", b.dataMb())
                .add("duration", b.days())
                .add("speed", JSON.createArrayBuilder().add("3G").add("4G").add("5G"))
                .add("autostart", true)
                .add("unlimited", b.unlimited())
                .add("roamingEnabled", JSON.createArrayBuilder())
                .add("price", b.price())
                .add("billingType", "FixedCost")
                .build();
    }

    /** A transaction's answer, and an entry of the order list: eSIMs only once the assignment is made. */
    static JsonObject order(EsimGoOrganisation.Order order, EsimGoOrganisation organisation, String currency) {
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        int esims = 0;
        for (EsimGoOrganisation.Line line : order.lines()) {
            JsonObjectBuilder entry = line(line);
            JsonArrayBuilder installs = JSON.createArrayBuilder();
            if (order.ready()) {
                for (String iccid : line.iccids()) {
                    EsimGoOrganisation.Esim esim = organisation.esim(iccid);
                    installs.add(JSON.createObjectBuilder().add("iccid", esim.iccid())
                            .add("matchingId", esim.matchingId())
                            .add("smdpAddress", EsimGoOrganisation.SMDP_ADDRESS));
                    esims++;
                }
            }
            lines.add(entry.add("esims", installs));
        }
        return JSON.createObjectBuilder()
                .add("order", lines)
                .add("total", order.total())
                .add("currency", currency)
                .add("status", order.ready() ? "completed" : "processing")
                .add("statusMessage", order.ready() ? "Order completed: " + esims + " eSIMs assigned"
                        : "Order processing: eSIMs are being assigned")
                .add("orderReference", order.reference())
                .add("createDate", order.createdAt().toString())
                .add("assigned", order.assigned())
                .add("runningBalance", organisation.balance())
                .build();
    }

    /** A {@code validate} answer: what the order would cost, and whether the balance covers it. */
    static JsonObject quote(List<EsimGoOrganisation.Line> lines, boolean assign, BigDecimal total, boolean valid,
                            String currency) {
        JsonArrayBuilder entries = JSON.createArrayBuilder();
        lines.forEach(l -> entries.add(line(l)));
        JsonObjectBuilder quote = JSON.createObjectBuilder()
                .add("order", entries)
                .add("total", total)
                .add("valid", valid)
                .add("currency", currency)
                .add("createdDate", java.time.Instant.now().toString())
                .add("assigned", assign);
        if (!valid) {
            quote.add("statusMessage", "Insufficient balance");
        }
        return quote.build();
    }

    static JsonObject install(EsimGoOrganisation.Esim esim) {
        return JSON.createObjectBuilder()
                .add("iccid", esim.iccid())
                .add("matchingId", esim.matchingId())
                .add("smdpAddress", EsimGoOrganisation.SMDP_ADDRESS)
                .add("profileStatus", "Released")
                .add("pin", "1234")
                .add("puk", "12345678")
                .addNull("firstInstalledDateTime")
                .build();
    }

    /** A bundle on an eSIM with its assignments (bundle status). */
    static JsonObject applied(String name, List<EsimGoOrganisation.Applied> assignments) {
        JsonArrayBuilder entries = JSON.createArrayBuilder();
        String description = "";
        for (EsimGoOrganisation.Applied a : assignments) {
            description = a.bundle.description();
            entries.add(JSON.createObjectBuilder()
                    .add("id", a.id)
                    .add("assignmentReference", a.reference)
                    .add("callTypeGroup", "data")
                    .add("initialQuantity", a.initialBytes)
                    .add("remainingQuantity", a.remainingBytes)
                    .add("assignmentDateTime", a.assignedAt.toString())
                    .add("bundleState", a.state())
                    .add("unlimited", a.bundle.unlimited()));
        }
        return JSON.createObjectBuilder().add("name", name).add("description", description)
                .add("assignments", entries).build();
    }

    /** A usage callback's body (bytes), as eSIM Go posts it to the organisation's callback URL. */
    static String usage(String iccid, EsimGoOrganisation.Applied a) {
        return JSON.createObjectBuilder()
                .add("iccid", iccid)
                .add("alertType", "Utilisation")
                .add("bundle", JSON.createObjectBuilder()
                        .add("id", a.id)
                        .add("reference", a.reference)
                        .add("name", a.bundle.name())
                        .add("description", a.bundle.description())
                        .add("initialQuantity", a.initialBytes)
                        .add("remainingQuantity", a.remainingBytes)
                        .add("startTime", a.assignedAt.toString())
                        .add("endTime", a.assignedAt.plus(java.time.Duration.ofDays(a.bundle.days())).toString())
                        .add("unlimited", a.bundle.unlimited()))
                .build().toString();
    }

    static String message(String message) {
        return JSON.createObjectBuilder().add("message", message).build().toString();
    }

    private static JsonObjectBuilder line(EsimGoOrganisation.Line line) {
        return JSON.createObjectBuilder()
                .add("type", "bundle")
                .add("item", line.bundle().name())
                .add("quantity", line.quantity())
                .add("subTotal", line.subTotal())
                .add("pricePerUnit", line.bundle().price());
    }
}
