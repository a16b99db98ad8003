package io.kervan.tenancy.infrastructure;

import io.kervan.shared.domain.TenantOwned;
import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads the current shop's entities by id through Hibernate's loader and the transaction's persistence context: no
 * query to translate (Hibernate 6.6 translates every query that carries the {@code @TenantId} filter anew), and a
 * second look at the same row in one transaction costs nothing. The filter does not apply to loads by id, so the owner
 * is checked here: another shop's id finds nothing ({@code TenantIsolationIT}).
 */
@ApplicationScoped
public class TenantEntities {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantContext tenantContext;

    public <T extends TenantOwned> Optional<T> find(Class<T> type, UUID id) {
        UUID tenant = tenantContext.require().id();
        return Optional.ofNullable(em.find(type, id)).filter(entity -> tenant.equals(entity.tenantId()));
    }

    public <T extends TenantOwned> List<T> findAll(Class<T> type, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID tenant = tenantContext.require().id();
        return em.unwrap(Session.class).byMultipleIds(type).enableSessionCheck(true).multiLoad(List.copyOf(ids)).stream()
                .filter(Objects::nonNull)
                .filter(entity -> tenant.equals(entity.tenantId()))
                .toList();
    }
}
