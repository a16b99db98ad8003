package io.kervan.integrations.infrastructure;

import io.kervan.integrations.domain.AuditEntry;
import io.kervan.integrations.domain.Integration;
import io.kervan.integrations.domain.IntegrationSecret;
import io.kervan.integrations.domain.Integrations;
import io.kervan.integrations.domain.ProviderType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaIntegrations implements Integrations {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

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

    @Override
    public List<Integration> listAll() {
        return em.createQuery("select i from Integration i order by i.createdAt", Integration.class).getResultList();
    }

    @Override
    public List<IntegrationSecret> secretsOf(UUID integrationId) {
        return em.createQuery("select s from IntegrationSecret s where s.integrationId = :id", IntegrationSecret.class)
                .setParameter("id", integrationId)
                .getResultList();
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
