package io.kervan.notifications.application;

import io.kervan.esim.application.EsimOrderIntake;
import io.kervan.jobs.application.JobHandler;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.domain.Order;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Tells the shop's owners and admins, in the shop's language, that a paid order holds digital goods no provider
 * delivers, so it waits for them ({@code unfulfillable-order-mail} jobs, queued with the payment).
 */
@ApplicationScoped
public class UnfulfillableOrderMailHandler implements JobHandler {

    @Inject
    OrderQueries orders;

    @Inject
    ShopMail shopMail;

    @Inject
    StaffAlerts staffAlerts;

    @Override
    public String kind() {
        return EsimOrderIntake.UNFULFILLABLE_MAIL_JOB;
    }

    @Override
    public void handle(String payload) throws Exception {
        JsonObject job = JsonDocuments.parse(payload);
        Order order = orders.load(UUID.fromString(job.getString("order_id")));
        ResourceBundle texts = shopMail.texts("fulfillment_email");
        Object[] values = {shopMail.shop().displayName(), order.orderNumber(), order.buyer().email(),
                job.getString("reason"), order.id()};
        staffAlerts.send(MessageFormat.format(texts.getString("unfulfillable.subject"), values),
                MessageFormat.format(texts.getString("unfulfillable.body"), values));
    }
}
