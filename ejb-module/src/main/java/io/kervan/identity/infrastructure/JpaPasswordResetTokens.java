package io.kervan.identity.infrastructure;

import io.kervan.identity.domain.PasswordResetToken;
import io.kervan.identity.domain.PasswordResetTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPasswordResetTokens implements PasswordResetTokens {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public void add(PasswordResetToken token) {
        em.persist(token);
    }

    @Override
    public Optional<PasswordResetToken> findByHash(String tokenHash) {
        return em.createQuery("select t from PasswordResetToken t where t.tokenHash = :hash", PasswordResetToken.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE) // two uses at once: the second waits, then finds it used
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PasswordResetToken> unusedFor(UUID accountId) {
        return em.createQuery("select t from PasswordResetToken t where t.accountId = :account and t.usedAt is null",
                        PasswordResetToken.class)
                .setParameter("account", accountId)
                .getResultList();
    }
}
