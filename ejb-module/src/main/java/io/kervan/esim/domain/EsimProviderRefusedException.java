package io.kervan.esim.domain;

import io.kervan.shared.domain.KervanException;

/**
 * eSIM Go said no (403 for a key it does not accept, 400 for a request it will not carry out, 404, 410): asking again
 * would not help, and it says nothing about eSIM Go's health. {@link #status()} is eSIM Go's HTTP status.
 */
public class EsimProviderRefusedException extends KervanException {

    private final int status;

    public EsimProviderRefusedException(int status, String detail) {
        super(EsimError.PROVIDER_REFUSED, detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
