package io.kervan.notifications.application;

import io.kervan.jobs.application.JobHandler;
import io.kervan.notifications.domain.Mailer;
import io.kervan.orders.application.OrderEvents;
import io.kervan.orders.application.OrderMessage;
import io.kervan.shared.domain.Money;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Emails the customer when their order is placed, shipped (with the tracking number) and delivered, in the shop's
 * language. Runs as an {@code order-email} job, after the change has committed, from the order the job carries: it
 * reads nothing from the database.
 */
@ApplicationScoped
public class OrderEmailHandler implements JobHandler {

    @Inject
    ShopMail shopMail;

    @Inject
    Mailer mail;

    @Override
    public String kind() {
        return OrderEvents.ORDER_EMAIL;
    }

    @Override
    public void handle(String payload) throws Exception {
        OrderMessage order = OrderMessage.fromJson(payload);
        TenantRef shop = shopMail.shop();
        ResourceBundle texts = shopMail.texts("order_email");
        String trackingUrl = shopMail.trackingUrl(order.orderNumber());
        Object[] values = {shop.displayName(), order.orderNumber(), order.firstName(), contents(texts, order),
                order.total().toPlainString(), order.total().currency(), trackingUrl,
                order.carrier() == null ? "-" : order.carrier(),
                order.trackingNumber() == null ? "-" : order.trackingNumber(), shopMail.orderUrl(order.orderId())};
        String key = order.event().name().toLowerCase(Locale.ROOT);
        mail.send(order.email(), shop.displayName(),
                MessageFormat.format(texts.getString(key + ".subject"), values),
                MessageFormat.format(texts.getString(key + ".body"), values));
    }

    /**
     * The lines, then every amount the total is made of, so the mail adds up: subtotal, the coupon's discount (when
     * there is one), shipping (when the order is shipped) and the total.
     */
    private static String contents(ResourceBundle texts, OrderMessage order) {
        String currency = order.total().currency();
        List<String> rows = new ArrayList<>();
        order.lines().forEach(l -> rows.add(MessageFormat.format(texts.getString("line"), l.name(), l.quantity(),
                Money.of(l.lineTotal(), currency).toPlainString(), currency)));
        rows.add("");
        rows.add(amount(texts, "subtotal", order.subtotal(), null));
        if (!order.discount().isZero()) {
            rows.add(order.couponCode() == null ? amount(texts, "discount", order.discount(), null)
                    : amount(texts, "discount.coupon", order.discount(), order.couponCode()));
        }
        if (order.shippingMethod() != null) {
            rows.add(amount(texts, "shipping", order.shipping(), order.shippingMethod()));
        }
        rows.add(amount(texts, "total", order.total(), null));
        return String.join("\n", rows);
    }

    private static String amount(ResourceBundle texts, String key, Money amount, String detail) {
        return MessageFormat.format(texts.getString(key), amount.toPlainString(), amount.currency(), detail);
    }
}
