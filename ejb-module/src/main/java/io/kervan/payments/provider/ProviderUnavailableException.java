package io.kervan.payments.provider;

import io.kervan.payments.domain.PaymentError;
import io.kervan.shared.domain.KervanException;

/** The provider did not answer in time or answered with a server error: a 503 for the caller, nothing lost. */
public class ProviderUnavailableException extends KervanException {

    public ProviderUnavailableException(String detail) {
        super(PaymentError.PROVIDER_UNAVAILABLE, detail + "; nothing was charged, try again in a moment");
    }
}
