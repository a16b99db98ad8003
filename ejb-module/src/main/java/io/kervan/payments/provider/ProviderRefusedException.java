package io.kervan.payments.provider;

import io.kervan.payments.domain.PaymentError;
import io.kervan.shared.domain.KervanException;

/** The provider said no (bad key, bad request): retrying would not help, and it says nothing about its health. */
public class ProviderRefusedException extends KervanException {

    public ProviderRefusedException(String detail) {
        super(PaymentError.PROVIDER_REFUSED, detail);
    }
}
