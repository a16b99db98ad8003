package io.kervan.integrations.infrastructure;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.WebhookEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/** {@code webhook_events}: a conflicting insert is an event seen before, whichever node or transaction saw it. */
@ApplicationScoped
public class JpaWebhookEvents implements WebhookEvents {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public boolean firstTime(UUID tenantId, ProviderType type, String eventId) {
        return em.createNativeQuery("insert into webhook_events (tenant_id, provider, event_id, received_at) "
                        + "values (?1, ?2, ?3, now()) on conflict do nothing")
                .setParameter(1, tenantId)
                .setParameter(2, type.code())
                .setParameter(3, eventId)
                .executeUpdate() == 1;
    }
}
