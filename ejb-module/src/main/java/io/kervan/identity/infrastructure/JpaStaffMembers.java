package io.kervan.identity.infrastructure;

import io.kervan.identity.domain.StaffMember;
import io.kervan.identity.domain.StaffMembers;
import io.kervan.identity.domain.StaffRole;
import io.kervan.tenancy.infrastructure.TenantEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaStaffMembers implements StaffMembers {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantEntities entities;

    @Override
    public Optional<StaffMember> find(UUID id) {
        return entities.find(StaffMember.class, id);
    }

    @Override
    public Optional<StaffMember> findByEmail(String email) {
        return em.createQuery("select m from StaffMember m where m.email = :email", StaffMember.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long lockActiveOwners() {
        return em.createQuery("select m from StaffMember m where m.role = :owner and m.active = true",
                        StaffMember.class)
                .setParameter("owner", StaffRole.OWNER)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .size();
    }

    @Override
    public List<StaffMember> listAll() {
        return em.createQuery("select m from StaffMember m order by m.createdAt", StaffMember.class).getResultList();
    }

    @Override
    public void add(StaffMember member) {
        em.persist(member);
    }
}
