package io.kervan.integrations.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's integrations, their sealed secrets and the audit log. */
public interface Integrations {

    void add(Integration integration);

    Optional<Integration> find(UUID id);

    List<Integration> listAll();

    List<IntegrationSecret> secretsOf(UUID integrationId);

    void addSecret(IntegrationSecret secret);

    void record(AuditEntry entry);

    List<AuditEntry> auditLog(int limit);

    /** The newest entries about one integration. */
    List<AuditEntry> auditLogOf(UUID integrationId, int limit);

    /** Platform work: the active shops that have an integration of this type in test mode or live. */
    List<UUID> tenantsConnectedAcrossTenants(ProviderType type);
}
