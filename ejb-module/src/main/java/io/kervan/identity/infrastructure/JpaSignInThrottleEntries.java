package io.kervan.identity.infrastructure;

import io.kervan.identity.domain.SignInThrottleEntries;
import io.kervan.identity.domain.SignInThrottleEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaSignInThrottleEntries implements SignInThrottleEntries {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public Optional<SignInThrottleEntry> find(String key) {
        return Optional.ofNullable(em.find(SignInThrottleEntry.class, key));
    }

    @Override
    public SignInThrottleEntry lock(String key) {
        // Concurrent first failures must not race on the insert.
        em.createNativeQuery("insert into sign_in_throttle (throttle_key, failures, window_started_at) "
                        + "values (?1, 0, now()) on conflict (throttle_key) do nothing")
                .setParameter(1, key)
                .executeUpdate();
        return em.find(SignInThrottleEntry.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void clear(String key) {
        em.createQuery("delete from SignInThrottleEntry e where e.throttleKey = :key").setParameter("key", key)
                .executeUpdate();
    }
}
