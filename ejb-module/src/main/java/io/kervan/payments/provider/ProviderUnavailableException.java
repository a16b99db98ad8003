package io.kervan.payments.provider;

import io.kervan.payments.domain.PaymentError;
import io.kervan.shared.domain.KervanException;

/** The provider did not answer in time or answered with a server error: a 503 for the caller, nothing lost. */
public class ProviderUnavailableException extends KervanException {

    public ProviderUnavailableException(String detail) {
        this(detail, "nothing was charged, try again in a moment");
    }

    /** @param advice what the caller may do now, for calls after which money may have moved */
    public ProviderUnavailableException(String detail, String advice) {
        super(PaymentError.PROVIDER_UNAVAILABLE, detail + "; " + advice);
    }
}
