package io.kervan.integrations.domain;

import io.kervan.shared.domain.KervanException;

/**
 * Kervan would not call a provider endpoint, or not follow where it pointed: the {@link AddressPolicy} refused the
 * address it resolved to ({@link #address}), or it answered with a redirect ({@link #redirect}). Nothing reached an
 * address refused, and nothing the endpoint answered is passed on. Retrying does not help; the endpoint has to change.
 */
public class EndpointRefusedException extends KervanException {

    private EndpointRefusedException(String detail) {
        super(IntegrationError.ENDPOINT_REFUSED, detail);
    }

    /** @param reason the policy's, such as "10.0.0.1 is a private address; …" */
    public static EndpointRefusedException address(String reason) {
        return new EndpointRefusedException("Kervan sent nothing to the integration's endpoint: " + reason);
    }

    public static EndpointRefusedException redirect(int status) {
        return new EndpointRefusedException("The integration's endpoint answered with a redirect (HTTP " + status
                + "); Kervan follows no redirects from provider endpoints, so it went no further");
    }
}
