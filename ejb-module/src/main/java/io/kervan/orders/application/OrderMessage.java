package io.kervan.orders.application;

import io.kervan.orders.domain.Order;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.Money;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An order event as its {@code order-email} job carries it: the order as it was when the event happened (number,
 * buyer, lines, the amounts its total is made of, carrier, tracking number). The mail is written from this alone, so
 * sending it reads nothing from the database; and it says what the customer's order was at that moment, even if the
 * order changes before the mail goes out. Amounts travel as decimal strings, exact, all in the total's currency.
 *
 * @param subtotal       the lines together
 * @param discount       what the coupon took off ({@code couponCode}; zero without one)
 * @param shippingMethod the shipping method's name, null for an order that is not shipped
 * @param total          subtotal − discount + shipping
 */
public record OrderMessage(OrderEvents.Event event, UUID orderId, String orderNumber, String email,
                           String firstName, List<Line> lines, Money subtotal, Money discount, String couponCode,
                           String shippingMethod, Money shipping, Money total, String carrier,
                           String trackingNumber) {

    public record Line(String name, int quantity, BigDecimal lineTotal) {
    }

    public static OrderMessage of(Order order, OrderEvents.Event event) {
        return new OrderMessage(event, order.id(), order.orderNumber(), order.buyer().email(),
                order.buyer().firstName(),
                order.lines().stream().map(l -> new Line(l.name(), l.quantity(), l.lineTotal())).toList(),
                order.subtotal(), order.discount(), order.couponCode(), order.shippingMethodName(),
                order.shippingCost(), order.total(), order.shippingCarrier(), order.trackingNumber());
    }

    public String toJson() {
        JsonArrayBuilder lineArray = JsonDocuments.array();
        lines.forEach(l -> lineArray.add(JsonDocuments.object()
                .add("name", l.name())
                .add("quantity", l.quantity())
                .add("line_total", l.lineTotal().toPlainString())));
        JsonObjectBuilder json = JsonDocuments.object()
                .add("event", event.name())
                .add("order_id", orderId.toString())
                .add("order_number", orderNumber)
                .add("email", email)
                .add("first_name", firstName)
                .add("lines", lineArray)
                .add("subtotal", subtotal.amount().toPlainString())
                .add("discount", discount.amount().toPlainString())
                .add("shipping", shipping.amount().toPlainString())
                .add("total", total.amount().toPlainString())
                .add("currency", total.currency());
        optional(json, "coupon_code", couponCode);
        optional(json, "shipping_method", shippingMethod);
        optional(json, "carrier", carrier);
        optional(json, "tracking_number", trackingNumber);
        return json.build().toString();
    }

    public static OrderMessage fromJson(String payload) {
        JsonObject json = JsonDocuments.parse(payload);
        String currency = json.getString("currency");
        return new OrderMessage(OrderEvents.Event.valueOf(json.getString("event")),
                UUID.fromString(json.getString("order_id")), json.getString("order_number"),
                json.getString("email"), json.getString("first_name"),
                json.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .map(l -> new Line(l.getString("name"), l.getInt("quantity"),
                                new BigDecimal(l.getString("line_total"))))
                        .toList(),
                money(json, "subtotal", currency), money(json, "discount", currency),
                optional(json, "coupon_code"), optional(json, "shipping_method"), money(json, "shipping", currency),
                money(json, "total", currency), optional(json, "carrier"), optional(json, "tracking_number"));
    }

    private static Money money(JsonObject json, String name, String currency) {
        return Money.of(new BigDecimal(json.getString(name)), currency);
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static String optional(JsonObject json, String name) {
        return json.get(name) instanceof JsonString text ? text.getString() : null;
    }
}
