package io.kervan.esim.domain;

import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An eSIM a customer got with an order: what their phone needs to download it (the LPA string its QR code carries),
 * the bundle on it, and its usage as eSIM Go last reported it.
 */
@Entity
@Table(name = "esims")
public class Esim extends TenantOwned {

    /** eSIM Go's bundle states after which nothing changes any more. */
    public static final Set<String> FINISHED = Set.of("depleted", "expired", "revoked", "lapsed");

    @Column(name = "fulfillment_id", nullable = false, updatable = false)
    private UUID fulfillmentId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "customer_id", updatable = false)
    private UUID customerId;

    @Column(nullable = false, updatable = false, length = 32)
    private String iccid;

    @Column(name = "matching_id", nullable = false, updatable = false, length = 128)
    private String matchingId;

    @Column(name = "smdp_address", nullable = false, updatable = false)
    private String smdpAddress;

    @Column(name = "bundle_name", nullable = false, updatable = false, length = 64)
    private String bundleName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    private String[] countries;

    @Column(name = "provider_reference", nullable = false, updatable = false, length = 100)
    private String providerReference;

    @Column(name = "profile_status", length = 32)
    private String profileStatus;

    @Column(name = "bundle_state", length = 16)
    private String bundleState;

    @Column(name = "initial_bytes")
    private Long initialBytes;

    @Column(name = "remaining_bytes")
    private Long remainingBytes;

    @Column(nullable = false)
    private boolean unlimited;

    @Column(name = "usage_updated_at")
    private Instant usageUpdatedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Esim() {
        // for JPA
    }

    public Esim(EsimFulfillment fulfillment, UUID customerId, InstallDetails install, String bundleName,
                List<String> countries) {
        super(UUID.randomUUID());
        this.fulfillmentId = fulfillment.id();
        this.orderId = fulfillment.orderId();
        this.customerId = customerId;
        this.iccid = install.iccid();
        this.matchingId = install.matchingId();
        this.smdpAddress = install.smdpAddress();
        this.profileStatus = install.profileStatus();
        this.bundleName = bundleName;
        this.countries = countries.toArray(String[]::new);
        this.providerReference = fulfillment.providerReference();
        this.createdAt = Instant.now();
    }

    /**
     * The eSIM's bundle as eSIM Go's bundle status reports it. Reports may cross (a poll's answer and a callback, or
     * a callback delivered late), so on the same bundle data left never goes up and a finished bundle (depleted,
     * expired, revoked, lapsed) never becomes active again: such a report is older than what is known and only what
     * it adds is taken.
     */
    public void usageReported(String state, Long initialBytes, Long remainingBytes, boolean unlimited, Instant at) {
        boolean sameBundle = initialBytes != null && initialBytes.equals(this.initialBytes);
        if (sameBundle && this.remainingBytes != null && remainingBytes != null
                && remainingBytes > this.remainingBytes) {
            remainingBytes = this.remainingBytes;
        }
        if (isFinished() && sameBundle && !finished(state)) {
            state = this.bundleState;
        }
        this.bundleState = state;
        this.initialBytes = initialBytes;
        this.remainingBytes = remainingBytes;
        this.unlimited = unlimited;
        this.usageUpdatedAt = at;
    }

    /**
     * A usage callback: it carries data left but no state, so the state follows from it: nothing left on a limited
     * bundle is depleted, data being used means active.
     */
    public void usageCalledBack(long initialBytes, long remainingBytes, boolean unlimited, Instant at) {
        String state = !unlimited && remainingBytes <= 0 ? "depleted"
                : bundleState == null || bundleState.equals("processing") || bundleState.equals("queued") ? "active"
                : bundleState;
        usageReported(state, initialBytes, remainingBytes, unlimited, at);
    }

    /** Whether the bundle is over: nothing more to ask eSIM Go about. */
    public boolean isFinished() {
        return finished(bundleState);
    }

    private static boolean finished(String state) {
        // Set.of(...).contains(null) throws.
        return state != null && FINISHED.contains(state);
    }

    /** The LPA activation string a QR code carries. */
    public String lpa() {
        return new InstallDetails(iccid, matchingId, smdpAddress, profileStatus).lpa();
    }

    public UUID fulfillmentId() {
        return fulfillmentId;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID customerId() {
        return customerId;
    }

    public String iccid() {
        return iccid;
    }

    public String matchingId() {
        return matchingId;
    }

    public String smdpAddress() {
        return smdpAddress;
    }

    public String bundleName() {
        return bundleName;
    }

    public List<String> countries() {
        return Arrays.asList(countries);
    }

    public String providerReference() {
        return providerReference;
    }

    public String profileStatus() {
        return profileStatus;
    }

    public String bundleState() {
        return bundleState;
    }

    public Long initialBytes() {
        return initialBytes;
    }

    public Long remainingBytes() {
        return remainingBytes;
    }

    public boolean unlimited() {
        return unlimited;
    }

    public Instant usageUpdatedAt() {
        return usageUpdatedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
