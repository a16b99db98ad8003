package io.kervan.escrow.infrastructure;

import io.kervan.escrow.domain.EscrowAccount;
import io.kervan.escrow.domain.EscrowAccounts;
import io.kervan.escrow.domain.EscrowStatus;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.tenancy.infrastructure.TenantEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaEscrowAccounts implements EscrowAccounts {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantEntities entities;

    @Override
    public void add(EscrowAccount account) {
        em.persist(account);
    }

    @Override
    public Optional<EscrowAccount> findByPayment(UUID paymentId) {
        return em.createQuery("select e from EscrowAccount e where e.paymentId = :payment", EscrowAccount.class)
                .setParameter("payment", paymentId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<EscrowAccount> lockByOrder(UUID orderId) {
        return byOrder(orderId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<EscrowAccount> findByOrder(UUID orderId) {
        return byOrder(orderId, LockModeType.NONE);
    }

    /** Read on every view of an order's page: it names the shop itself (see {@link TenantEntities#ownQuery}). */
    private Optional<EscrowAccount> byOrder(UUID orderId, LockModeType lock) {
        return entities.ownQuery(session -> session.createQuery("select e from EscrowAccount e "
                        + "where e.tenantId = :tenant and e.orderId = :order order by e.createdAt desc",
                        EscrowAccount.class)
                .setParameter("tenant", entities.tenantId())
                .setParameter("order", orderId)
                .setLockMode(lock)
                .setMaxResults(1)
                .getResultStream()
                .findFirst());
    }

    @Override
    public Optional<EscrowAccount> lock(UUID id) {
        return em.createQuery("select e from EscrowAccount e where e.id = :id", EscrowAccount.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<EscrowAccount> list(EscrowStatus status, PageRequest page) {
        String where = status == null ? "" : " where e.status = :status";
        TypedQuery<EscrowAccount> rows = em.createQuery("select e from EscrowAccount e" + where
                + " order by e.createdAt desc, e.id", EscrowAccount.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from EscrowAccount e" + where, Long.class);
        if (status != null) {
            rows.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<EscrowAccount> items = rows.setFirstResult(page.offset()).setMaxResults(page.pageSize())
                .getResultList();
        return new Page<>(items, page.page(), page.pageSize(), count.getSingleResult());
    }

    @Override
    public List<Totals> totals(EscrowStatus status) {
        String where = status == null ? "" : " where e.status = :status";
        TypedQuery<Object[]> query = em.createQuery("select e.currency, count(e), sum(e.heldAmount), "
                + "sum(e.releasedAmount), sum(e.refundedAmount), sum(e.remainingAmount) from EscrowAccount e"
                + where + " group by e.currency order by e.currency", Object[].class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList().stream().map(r -> new Totals((String) r[0], (Long) r[1], (BigDecimal) r[2],
                (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5])).toList();
    }

    @Override
    public List<Due> findReleaseDueAcrossTenants(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_id, id from escrow_accounts "
                        + "where status = 'HELD' and not disputed and release_due_at is not null "
                        + "and release_due_at <= ?1 order by release_due_at limit ?2")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new Due((UUID) r[0], (UUID) r[1])).toList();
    }
}
