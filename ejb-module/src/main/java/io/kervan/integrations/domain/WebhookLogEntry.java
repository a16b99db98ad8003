package io.kervan.integrations.domain;

import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One webhook delivery as it arrived and how it ended: headers without secrets, the body's SHA-256 (not the body),
 * the outcome and how long it took. Kept 30 days.
 */
@Entity
@Table(name = "webhook_log")
public class WebhookLogEntry extends TenantOwned {

    @Column(name = "integration_id", updatable = false)
    private UUID integrationId;

    @Column(nullable = false, updatable = false)
    private String provider;

    @Column(name = "event_id", updatable = false)
    private String eventId;

    @Column(name = "event_type", updatable = false)
    private String eventType;

    @Column(name = "source_address", nullable = false, updatable = false)
    private String sourceAddress;

    @Column(updatable = false)
    private String headers;

    @Column(name = "body_sha256", nullable = false, updatable = false)
    private String bodySha256;

    @Column(nullable = false, updatable = false)
    private String outcome;

    @Column(name = "http_status", nullable = false, updatable = false)
    private int httpStatus;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private int durationMs;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected WebhookLogEntry() {
        // for JPA
    }

    public WebhookLogEntry(UUID integrationId, String provider, String eventId, String eventType, String sourceAddress,
                           String headers, String bodySha256, String outcome, int httpStatus, int durationMs,
                           Instant receivedAt) {
        super(UUID.randomUUID());
        this.integrationId = integrationId;
        this.provider = provider;
        this.eventId = eventId;
        this.eventType = eventType;
        this.sourceAddress = sourceAddress;
        this.headers = headers == null || headers.length() <= 4000 ? headers : headers.substring(0, 4000);
        this.bodySha256 = bodySha256;
        this.outcome = outcome;
        this.httpStatus = httpStatus;
        this.durationMs = durationMs;
        this.receivedAt = receivedAt;
    }

    public UUID integrationId() {
        return integrationId;
    }

    public String provider() {
        return provider;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    public String headers() {
        return headers;
    }

    public String bodySha256() {
        return bodySha256;
    }

    public String outcome() {
        return outcome;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int durationMs() {
        return durationMs;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
