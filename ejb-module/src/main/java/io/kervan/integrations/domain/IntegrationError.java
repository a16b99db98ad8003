package io.kervan.integrations.domain;

import io.kervan.shared.domain.ErrorCode;

/** Integration failures. */
public final class IntegrationError {

    public static final ErrorCode INTEGRATION_NOT_FOUND =
            new ErrorCode("integration_not_found", 404, "No such integration");
    public static final ErrorCode CANNOT_TEST =
            new ErrorCode("provider_not_supported", 422, "Kervan cannot test this provider's keys yet");
    public static final ErrorCode WEBHOOK_SOURCE_NOT_ALLOWED =
            new ErrorCode("webhook_source_not_allowed", 403, "Webhooks are not accepted from this address");
    /** The same codes as a payment provider's refusal and silence, so that clients handle every provider alike. */
    public static final ErrorCode ENDPOINT_REFUSED =
            new ErrorCode("provider_refused", 502, "Kervan does not call this provider endpoint");
    public static final ErrorCode PROVIDER_UNAVAILABLE =
            new ErrorCode("provider_unavailable", 503, "The provider is not answering");
    public static final ErrorCode NO_WEBHOOKS =
            new ErrorCode("webhooks_not_supported", 404, "Kervan takes no webhooks from this provider");

    private IntegrationError() {
    }
}
