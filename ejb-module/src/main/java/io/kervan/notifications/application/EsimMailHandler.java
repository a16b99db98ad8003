package io.kervan.notifications.application;

import io.kervan.esim.application.EsimDeliveries;
import io.kervan.esim.application.EsimFulfillmentSteps;
import io.kervan.esim.application.QrCodes;
import io.kervan.esim.domain.Esim;
import io.kervan.esim.domain.EsimFulfillment;
import io.kervan.jobs.application.JobHandler;
import io.kervan.notifications.domain.Mailer;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.domain.Order;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * The mails of eSIM fulfillment ({@code esim-mail} jobs): the customer's eSIMs as inline QR codes with install steps
 * for iPhone and Android, in the shop's language, once per fulfillment (the fulfillment records when it was mailed)
 * and again each time staff ask for it; and, when buying failed for good, a note to the shop's owners and admins.
 */
@ApplicationScoped
public class EsimMailHandler implements JobHandler {

    @Inject
    EsimDeliveries deliveries;

    @Inject
    OrderQueries orders;

    @Inject
    StaffAlerts staffAlerts;

    @Inject
    ShopMail shopMail;

    @Inject
    Mailer mail;

    @Override
    public String kind() {
        return EsimFulfillmentSteps.MAIL_JOB;
    }

    @Override
    public void handle(String payload) throws Exception {
        JsonObject job = JsonDocuments.parse(payload);
        EsimFulfillment fulfillment = deliveries.fulfillment(UUID.fromString(job.getString("fulfillment_id")));
        Order order = orders.load(fulfillment.orderId());
        TenantRef shop = shopMail.shop();
        ResourceBundle texts = shopMail.texts("esim_email");
        switch (EsimFulfillmentSteps.Mail.valueOf(job.getString("mail"))) {
            case FAILED -> alertStaff(shop, texts, order, fulfillment);
            case DELIVERED -> {
                if (fulfillment.emailedAt() == null) {
                    sendEsims(shop, texts, order, deliveries.esimsOf(order.id()));
                    fulfillment.emailed(Instant.now());
                }
            }
            case RESEND -> sendEsims(shop, texts, order, deliveries.esimsOf(order.id()));
        }
    }

    private void sendEsims(TenantRef shop, ResourceBundle texts, Order order, List<Esim> esims) throws Exception {
        String trackingUrl = shopMail.trackingUrl(order.orderNumber());
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\">");
        paragraph(text, html, format(texts, "greeting", order.buyer().firstName()));
        paragraph(text, html, format(texts, "intro", order.orderNumber()));
        List<Mailer.InlineImage> images = new ArrayList<>();
        for (int i = 0; i < esims.size(); i++) {
            Esim esim = esims.get(i);
            String contentId = "qr-" + (i + 1) + "@kervan";
            images.add(new Mailer.InlineImage(contentId, "esim-" + esim.iccid() + ".png", "image/png",
                    QrCodes.png(esim.lpa())));
            String title = format(texts, "esim", i + 1, esims.size(), esim.bundleName(),
                    String.join(", ", esim.countries()));
            text.append(title).append('\n');
            html.append("<h3>").append(escape(title)).append("</h3>");
            paragraph(text, html, format(texts, "iccid", esim.iccid()));
            text.append(format(texts, "scan")).append('\n');
            html.append("<p>").append(escape(format(texts, "scan"))).append("<br><img src=\"cid:")
                    .append(contentId).append("\" width=\"").append(QrCodes.SIZE).append("\" height=\"")
                    .append(QrCodes.SIZE).append("\" alt=\"").append(escape(esim.lpa())).append("\"></p>");
            paragraph(text, html, format(texts, "manual", esim.smdpAddress(), esim.matchingId()));
            paragraph(text, html, format(texts, "lpa", esim.lpa()));
        }
        for (String device : List.of("iphone", "android")) {
            text.append(format(texts, device + ".title")).append('\n');
            html.append("<h4>").append(escape(format(texts, device + ".title"))).append("</h4>");
            paragraph(text, html, format(texts, device + ".steps"));
        }
        paragraph(text, html, format(texts, "keep", trackingUrl));
        paragraph(text, html, format(texts, "signature", shop.displayName()));
        html.append("</body></html>");
        mail.send(order.buyer().email(), shop.displayName(), format(texts, "subject", shop.displayName(),
                order.orderNumber()), text.toString(), html.toString(), images);
    }

    private void alertStaff(TenantRef shop, ResourceBundle texts, Order order, EsimFulfillment fulfillment)
            throws Exception {
        Object[] values = {shop.displayName(), order.orderNumber(), order.buyer().email(),
                fulfillment.lastError(), order.id()};
        staffAlerts.send(MessageFormat.format(texts.getString("failed.subject"), values),
                MessageFormat.format(texts.getString("failed.body"), values));
    }

    private static void paragraph(StringBuilder text, StringBuilder html, String line) {
        text.append(line).append("\n\n");
        html.append("<p>").append(escape(line)).append("</p>");
    }

    private static String format(ResourceBundle texts, String key, Object... values) {
        return MessageFormat.format(texts.getString(key), values);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
