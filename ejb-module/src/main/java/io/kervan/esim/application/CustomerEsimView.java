package io.kervan.esim.application;

import io.kervan.esim.domain.DataAmount;
import io.kervan.esim.domain.Esim;
import io.kervan.esim.domain.Esims;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An eSIM as its customer sees it under "My eSIMs". {@code status} is the bundle's state as eSIM Go last reported it
 * (processing, queued, active, depleted, expired, revoked, lapsed), or {@code ready} before any report; data in bytes
 * and as a person reads it ({@code remaining_data}: "3.5 GB"), both null until reported and for unlimited bundles.
 * {@code qr_url} answers the QR code as a PNG to the same signed-in customer.
 */
public record CustomerEsimView(UUID id, String iccid, UUID orderId, String orderNumber, String bundleName,
                               List<String> countries, String status, String profileStatus, boolean unlimited,
                               Long initialBytes, Long remainingBytes, String initialData, String remainingData,
                               Instant usageUpdatedAt, Instant createdAt, String qrUrl) {

    static CustomerEsimView of(Esims.Owned owned) {
        Esim e = owned.esim();
        boolean counted = !e.unlimited();
        return new CustomerEsimView(e.id(), e.iccid(), e.orderId(), owned.orderNumber(), e.bundleName(),
                e.countries(), e.bundleState() == null ? "ready" : e.bundleState(), e.profileStatus(), e.unlimited(),
                counted ? e.initialBytes() : null, counted ? e.remainingBytes() : null,
                counted ? readable(e.initialBytes()) : null, counted ? readable(e.remainingBytes()) : null,
                e.usageUpdatedAt(), e.createdAt(), "/api/esims/" + e.id() + "/qr/");
    }

    private static String readable(Long bytes) {
        return bytes == null ? null : new DataAmount(Math.max(0, bytes)).readable();
    }

    /** What a phone needs to install the eSIM by hand, when the QR code cannot be scanned. */
    public record Install(String lpa, String smdpAddress, String activationCode) {

        static Install of(Esim e) {
            return new Install(e.lpa(), e.smdpAddress(), e.matchingId());
        }
    }
}
