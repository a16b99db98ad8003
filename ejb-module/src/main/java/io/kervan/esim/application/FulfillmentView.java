package io.kervan.esim.application;

import io.kervan.esim.domain.Esim;
import io.kervan.esim.domain.EsimFulfillment;
import io.kervan.orders.domain.Order;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An order's eSIMs: {@code status} is the fulfillment's (queued, ordering, assigning, delivered, failed, cancelled);
 * {@code esims} fill in once delivered, each with its QR code as a PNG data URL a page can show as it is.
 * {@code error} (why it failed) is shown to staff only.
 */
public record FulfillmentView(UUID orderId, String orderNumber, String orderStatus, String status,
                              Instant deliveredAt, String error, List<EsimView> esims) {

    public record EsimView(UUID id, String iccid, String bundleName, List<String> countries, String smdpAddress,
                           String activationCode, String lpa, String qrCode) {

        public static EsimView of(Esim esim) {
            return new EsimView(esim.id(), esim.iccid(), esim.bundleName(), esim.countries(), esim.smdpAddress(),
                    esim.matchingId(), esim.lpa(), "data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(QrCodes.png(esim.lpa())));
        }
    }

    static FulfillmentView of(Order order, EsimFulfillment fulfillment, List<Esim> esims, boolean staff) {
        return new FulfillmentView(order.id(), order.orderNumber(), order.status().code(),
                fulfillment.status().code(), fulfillment.deliveredAt(), staff ? fulfillment.lastError() : null,
                esims.stream().map(EsimView::of).toList());
    }
}
