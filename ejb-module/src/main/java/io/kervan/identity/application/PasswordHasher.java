package io.kervan.identity.application;

import io.kervan.identity.domain.PasswordHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Hashes new passwords with the configured cost; checks against unknown accounts cost the same as real ones. */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    @ConfigProperty(name = "kervan.security.password-hash-iterations", defaultValue = "210000")
    int iterations;

    private volatile String decoy;

    public String hash(String password) {
        return PasswordHash.create(password, iterations);
    }

    /** Spends the time a real check would, so response times do not tell which emails have accounts. */
    public void spendTimeOfACheck(String password) {
        if (decoy == null) {
            decoy = PasswordHash.create("decoy-password-never-matches", iterations);
        }
        PasswordHash.matches(password, decoy);
    }
}
