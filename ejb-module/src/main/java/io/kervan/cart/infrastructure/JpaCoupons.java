package io.kervan.cart.infrastructure;

import io.kervan.cart.domain.Coupon;
import io.kervan.cart.domain.Coupons;
import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaCoupons implements Coupons {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantContext tenantContext;

    @Override
    public Optional<Coupon> findByCode(String code) {
        return em.createQuery("select c from Coupon c where c.code = :code", Coupon.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Coupon> find(UUID id) {
        return em.createQuery("select c from Coupon c where c.id = :id", Coupon.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Coupon> listAll() {
        return em.createQuery("select c from Coupon c order by c.createdAt desc", Coupon.class).getResultList();
    }

    @Override
    public void add(Coupon coupon) {
        em.persist(coupon);
    }

    @Override
    public boolean use(UUID couponId, Integer maxUsesPerCustomer, String customerEmail, UUID orderId) {
        int updated = em.createQuery("update Coupon c set c.usedCount = c.usedCount + 1 "
                        + "where c.id = :id and (c.maxUses is null or c.usedCount < c.maxUses)")
                .setParameter("id", couponId)
                .executeUpdate();
        if (updated == 0) {
            return false;
        }
        // The update above holds the coupon's row lock until commit, so this count cannot race.
        if (maxUsesPerCustomer != null) {
            long usedByCustomer = em.createQuery("select count(r) from CouponRedemption r "
                            + "where r.couponId = :id and r.customerEmail = :email", Long.class)
                    .setParameter("id", couponId)
                    .setParameter("email", customerEmail)
                    .getSingleResult();
            if (usedByCustomer >= maxUsesPerCustomer) {
                return false;
            }
        }
        em.persist(new CouponRedemption(couponId, orderId, customerEmail));
        return true;
    }

    @Override
    public void giveBack(UUID couponId, UUID orderId) {
        int removed = em.createQuery("delete from CouponRedemption r where r.couponId = :id and r.orderId = :order")
                .setParameter("id", couponId)
                .setParameter("order", orderId)
                .executeUpdate();
        if (removed > 0) {
            em.createQuery("update Coupon c set c.usedCount = c.usedCount - 1 where c.id = :id and c.usedCount > 0")
                    .setParameter("id", couponId)
                    .executeUpdate();
        }
    }
}
