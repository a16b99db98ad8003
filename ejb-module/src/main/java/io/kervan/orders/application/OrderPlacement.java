package io.kervan.orders.application;

import io.kervan.catalog.application.StockReservations;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.Locale;

/**
 * Turns a cart into an order: {@link OrderRecorder} writes it in one transaction, taking the stock last in a short
 * transaction of its own so that concurrent orders of one product never wait for each other's commit; if writing
 * fails after the stock was taken, the stock goes back here at once. Stock is never oversold: it is taken by one
 * conditional update per product.
 */
@Stateless
public class OrderPlacement {

    @EJB
    OrderRecorder recorder;

    @EJB
    StockReservations stock;

    /**
     * @param idempotencyKey the client's key, or null; a key reused for another request is refused
     * @param locale         the language of the status names in the answer
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PlacedOrder place(PlaceOrder request, String idempotencyKey, Locale locale) {
        OrderRecorder.Reserved reserved = new OrderRecorder.Reserved();
        try {
            return recorder.record(request, idempotencyKey, locale, reserved);
        } catch (RuntimeException e) {
            stock.release(reserved.id);
            throw e;
        }
    }
}
