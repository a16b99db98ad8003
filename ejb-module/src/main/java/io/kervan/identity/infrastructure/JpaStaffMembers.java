package io.kervan.identity.infrastructure;

import io.kervan.identity.domain.StaffMember;
import io.kervan.identity.domain.StaffMembers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStaffMembers implements StaffMembers {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public Optional<StaffMember> findByEmail(String email) {
        return em.createQuery("select m from StaffMember m where m.email = :email", StaffMember.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
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
