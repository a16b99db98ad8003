package io.kervan.notifications.application;

import io.kervan.jobs.application.JobHandler;
import io.kervan.notifications.infrastructure.MailSender;
import io.kervan.orders.application.OrderEvents;
import io.kervan.orders.application.OrderMessage;
import io.kervan.shared.domain.Money;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

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
    MailSender mail;

    @Override
    public String kind() {
        return OrderEvents.ORDER_EMAIL;
    }

    @Override
    public void handle(String payload) throws Exception {
        OrderMessage order = OrderMessage.fromJson(payload);
        TenantRef shop = shopMail.shop();
        ResourceBundle texts = shopMail.texts("order_email");
        String lines = order.lines().stream()
                .map(l -> MessageFormat.format(texts.getString("line"), l.name(), l.quantity(),
                        Money.of(l.lineTotal(), order.total().currency()).toPlainString()))
                .collect(Collectors.joining("\n"));
        String trackingUrl = shopMail.trackingUrl(order.orderNumber());
        Object[] values = {shop.displayName(), order.orderNumber(), order.firstName(), lines,
                order.total().toPlainString(), order.total().currency(), trackingUrl,
                order.carrier() == null ? "-" : order.carrier(),
                order.trackingNumber() == null ? "-" : order.trackingNumber(), shopMail.orderUrl(order.orderId())};
        String key = order.event().name().toLowerCase(Locale.ROOT);
        mail.send(order.email(), shop.displayName(),
                MessageFormat.format(texts.getString(key + ".subject"), values),
                MessageFormat.format(texts.getString(key + ".body"), values));
    }
}
