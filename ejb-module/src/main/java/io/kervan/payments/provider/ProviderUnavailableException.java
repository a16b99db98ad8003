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

    /** A refund the provider did not answer: it stays requested, and asking again completes that same refund. */
    public static ProviderUnavailableException forRefund(String detail) {
        return new ProviderUnavailableException(detail, REFUND_ADVICE);
    }

    static final String REFUND_ADVICE =
            "Kervan keeps the refund as requested and completes it; asking again is safe, it is not made twice";
}
