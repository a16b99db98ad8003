package io.kervan.payments.provider;

import io.kervan.payments.domain.PaymentError;
import io.kervan.shared.domain.KervanException;

/** A webhook whose signature does not verify, is too old, or cannot be read. */
public class InvalidWebhookException extends KervanException {

    public InvalidWebhookException(String detail) {
        super(PaymentError.INVALID_WEBHOOK, detail);
    }
}
