package io.kervan.integrations.domain;

import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A shop's connection to one provider account: which provider, which endpoints, whether it runs in test mode, live or
 * not at all, and the outcome of the last credential test. Its secrets are stored apart, sealed
 * ({@code IntegrationSecret}).
 */
@Entity
@Table(name = "integrations")
public class Integration extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type", nullable = false, updatable = false)
    private ProviderType providerType;

    @Column(nullable = false)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IntegrationStatus status;

    @Column(name = "api_endpoint")
    private String apiEndpoint;

    @Column(name = "test_endpoint")
    private String testEndpoint;

    @Column(nullable = false)
    private String config;

    @Column(name = "last_test_at")
    private Instant lastTestAt;

    @Column(name = "last_test_ok")
    private Boolean lastTestOk;

    @Column(name = "last_test_message")
    private String lastTestMessage;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Integration() {
        // for JPA
    }

    public Integration(ProviderType providerType, String name, String description, IntegrationStatus status,
                       String apiEndpoint, String testEndpoint, String config) {
        super(UUID.randomUUID());
        this.providerType = providerType;
        this.createdAt = Instant.now();
        this.status = status;
        edit(name, description, apiEndpoint, testEndpoint, config);
    }

    /** Null leaves a field as it is. */
    public final void edit(String name, String description, String apiEndpoint, String testEndpoint, String config) {
        if (name != null) {
            this.name = name.strip();
        }
        if (description != null) {
            this.description = description.strip();
        }
        if (apiEndpoint != null) {
            this.apiEndpoint = apiEndpoint.strip();
        }
        if (testEndpoint != null) {
            this.testEndpoint = testEndpoint.strip();
        }
        if (config != null) {
            this.config = config;
        }
        this.updatedAt = Instant.now();
    }

    /** @return the previous status */
    public IntegrationStatus switchTo(IntegrationStatus target) {
        IntegrationStatus previous = status;
        status = target;
        updatedAt = Instant.now();
        return previous;
    }

    /** The set of keys and the endpoint that calls use now: live when active, test otherwise. */
    public CredentialMode mode() {
        return status == IntegrationStatus.ACTIVE ? CredentialMode.LIVE : CredentialMode.TEST;
    }

    public String endpointForCurrentMode() {
        return mode() == CredentialMode.LIVE ? apiEndpoint : testEndpoint;
    }

    public void recordTest(boolean ok, String message) {
        lastTestAt = Instant.now();
        lastTestOk = ok;
        lastTestMessage = message;
    }

    public ProviderType providerType() {
        return providerType;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public IntegrationStatus status() {
        return status;
    }

    public String apiEndpoint() {
        return apiEndpoint;
    }

    public String testEndpoint() {
        return testEndpoint;
    }

    public String config() {
        return config;
    }

    public Instant lastTestAt() {
        return lastTestAt;
    }

    public Boolean lastTestOk() {
        return lastTestOk;
    }

    public String lastTestMessage() {
        return lastTestMessage;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
