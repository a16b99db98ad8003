package io.kervan.integrations.infrastructure;

import io.kervan.integrations.domain.AuditEntry;
import io.kervan.integrations.domain.Integration;
import io.kervan.integrations.domain.IntegrationSecret;
import io.kervan.integrations.domain.Integrations;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.tenancy.infrastructure.TenantEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaIntegrations implements Integrations {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantEntities entities;

    @Override
    public void add(Integration integration) {
        em.persist(integration);
    }

    @Override
    public Optional<Integration> find(UUID id) {
        return em.createQuery("select i from Integration i where i.id = :id", Integration.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * The dashboard, the integrations page and every call to a provider (which picks the shop's account here) read
     * the shop's integrations and their secrets: both name the shop themselves (see {@link TenantEntities#ownQuery}).
     */
    @Override
    public List<Integration> listAll() {
        return entities.ownQuery(session -> session.createQuery("select i from Integration i "
                        + "where i.tenantId = :tenant order by i.createdAt", Integration.class)
                .setParameter("tenant", entities.tenantId())
                .getResultList());
    }

    @Override
    public List<IntegrationSecret> secretsOf(UUID integrationId) {
        return entities.ownQuery(session -> session.createQuery("select s from IntegrationSecret s "
                        + "where s.tenantId = :tenant and s.integrationId = :id", IntegrationSecret.class)
                .setParameter("tenant", entities.tenantId())
                .setParameter("id", integrationId)
                .getResultList());
    }

    @Override
    public void addSecret(IntegrationSecret secret) {
        em.persist(secret);
    }

    @Override
    public void record(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> auditLog(int limit) {
        return em.createQuery("select a from AuditEntry a order by a.at desc", AuditEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditEntry> auditLogOf(UUID integrationId, int limit) {
        return em.createQuery("select a from AuditEntry a where a.subjectType = 'integration' and a.subjectId = :id "
                        + "order by a.at desc", AuditEntry.class)
                .setParameter("id", integrationId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<UUID> tenantsConnectedAcrossTenants(ProviderType type) {
        @SuppressWarnings("unchecked")
        List<UUID> tenants = em.createNativeQuery("select distinct i.tenant_id from integrations i "
                        + "join tenants t on t.id = i.tenant_id and t.status = 'ACTIVE' "
                        + "where i.provider_type = ?1 and i.status <> 'INACTIVE'", UUID.class)
                .setParameter(1, type.name())
                .getResultList();
        return tenants;
    }
}
