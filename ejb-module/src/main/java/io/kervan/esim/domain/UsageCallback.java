package io.kervan.esim.domain;

import io.kervan.shared.domain.Digests;

/**
 * eSIM Go's usage callback as Kervan acts on it: which eSIM, the kind of alert ({@code Utilisation}, {@code FirstUse},
 * …) and the bundle's data at that moment; {@code bundle} is null for an alert about something else (a profile's
 * status), which Kervan does not act on.
 */
public record UsageCallback(String iccid, String alertType, BundleUsage bundle) {

    /** Quantities in bytes, as eSIM Go counts them. */
    public record BundleUsage(String reference, String name, long initialBytes, long remainingBytes,
                              boolean unlimited) {
    }

    /**
     * What makes two deliveries one report. eSIM Go sends no event id and signs no time, so a callback repeated (by
     * eSIM Go or by someone replaying it) is known by its eSIM, alert, bundle and data left; a long key is hashed to
     * fit the webhook event table.
     */
    public String deduplicationKey() {
        String key = iccid + "/" + alertType + (bundle == null ? ""
                : "/" + bundle.reference() + "/" + bundle.name() + "/" + bundle.remainingBytes());
        return key.length() <= 200 ? key : "sha256:" + Digests.sha256Hex(key);
    }
}
