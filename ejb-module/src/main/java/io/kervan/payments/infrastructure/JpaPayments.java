package io.kervan.payments.infrastructure;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.domain.Payment;
import io.kervan.payments.domain.PaymentStatus;
import io.kervan.payments.domain.Payments;
import io.kervan.payments.domain.Refund;
import io.kervan.tenancy.infrastructure.TenantEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hibernate.query.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPayments implements Payments {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantEntities entities;

    @Override
    public void add(Payment payment) {
        em.persist(payment);
    }

    @Override
    public Optional<Payment> lockByTransaction(ProviderType provider, String transactionId) {
        return byTransaction(provider, transactionId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<UUID> idByTransaction(ProviderType provider, String transactionId) {
        return em.createQuery("select p.id from Payment p where p.providerType = :provider "
                        + "and p.transactionId = :transaction", UUID.class)
                .setParameter("provider", provider)
                .setParameter("transaction", transactionId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UUID> pendingRefundIdOf(UUID paymentId) {
        return em.createQuery("select r.id from Refund r where r.paymentId = :payment and r.status = :pending",
                        UUID.class)
                .setParameter("payment", paymentId)
                .setParameter("pending", Refund.Status.PENDING)
                .getResultStream()
                .findFirst();
    }

    private Optional<Payment> byTransaction(ProviderType provider, String transactionId, LockModeType lock) {
        return em.createQuery("select p from Payment p where p.providerType = :provider "
                        + "and p.transactionId = :transaction", Payment.class)
                .setParameter("provider", provider)
                .setParameter("transaction", transactionId)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Payment> lock(UUID id) {
        return byId(id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<Payment> find(UUID id) {
        return byId(id, LockModeType.NONE);
    }

    private Optional<Payment> byId(UUID id, LockModeType lock) {
        return em.createQuery("select p from Payment p where p.id = :id", Payment.class)
                .setParameter("id", id)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Unsettled> findUnsettledAcrossTenants(java.time.Instant cutoff, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_id, id from payments "
                        + "where status in ('PENDING', 'UNKNOWN') and transaction_id is not null and created_at < ?1 "
                        + "order by created_at limit ?2")
                .setParameter(1, java.sql.Timestamp.from(cutoff))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new Unsettled((UUID) r[0], (UUID) r[1])).toList();
    }

    @Override
    public void addRefund(Refund refund) {
        em.persist(refund);
    }

    @Override
    public Optional<Refund> lockRefund(UUID refundId) {
        return em.createQuery("select r from Refund r where r.id = :id", Refund.class)
                .setParameter("id", refundId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Refund> unsettledRefundOf(UUID paymentId) {
        return em.createQuery("select r from Refund r where r.paymentId = :payment and r.status in :unsettled",
                        Refund.class)
                .setParameter("payment", paymentId)
                .setParameter("unsettled", List.of(Refund.Status.REQUESTED, Refund.Status.PENDING))
                .getResultStream()
                .findFirst();
    }

    /** Read on every view of an order's page: it names the shop itself (see {@link TenantEntities#ownQuery}). */
    @Override
    public List<Refund> refundsOfOrder(UUID orderId) {
        return entities.ownQuery(session -> session.createQuery("select r from Refund r "
                        + "where r.tenantId = :tenant and r.paymentId in (select p.id from Payment p "
                        + "where p.tenantId = :tenant and p.orderId = :order) order by r.createdAt", Refund.class)
                .setParameter("tenant", entities.tenantId())
                .setParameter("order", orderId)
                .getResultList());
    }

    @Override
    public List<RequestedRefund> findRequestedRefundsAcrossTenants(java.time.Instant cutoff, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_id, id from refunds "
                        + "where status in ('REQUESTED', 'PENDING') and created_at < ?1 order by created_at limit ?2")
                .setParameter(1, java.sql.Timestamp.from(cutoff))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new RequestedRefund((UUID) r[0], (UUID) r[1])).toList();
    }

    @Override
    public Optional<Payment> lockByNumber(String paymentNumber) {
        return em.createQuery("select p from Payment p where p.paymentNumber = :number", Payment.class)
                .setParameter("number", paymentNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Payment> findByNumber(String paymentNumber) {
        return em.createQuery("select p from Payment p where p.paymentNumber = :number", Payment.class)
                .setParameter("number", paymentNumber)
                .getResultStream()
                .findFirst();
    }

    /** Read on every view of an order's page and of the payments API: it names the shop itself, as refunds do. */
    @Override
    public List<Payment> list(UUID orderId, PaymentStatus status, UUID customerId) {
        StringBuilder jpql = new StringBuilder("select p from Payment p where p.tenantId = :tenant");
        if (orderId != null) {
            jpql.append(" and p.orderId = :order");
        }
        if (status != null) {
            jpql.append(" and p.status = :status");
        }
        if (customerId != null) {
            jpql.append(" and p.orderId in (select o.id from Order o where o.tenantId = :tenant "
                    + "and o.buyer.customerId = :customer)");
        }
        UUID tenant = entities.tenantId();
        return entities.ownQuery(session -> {
            Query<Payment> query = session.createQuery(jpql + " order by p.createdAt desc", Payment.class)
                    .setParameter("tenant", tenant)
                    .setMaxResults(200);
            if (orderId != null) {
                query.setParameter("order", orderId);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
            if (customerId != null) {
                query.setParameter("customer", customerId);
            }
            return query.getResultList();
        });
    }
}
