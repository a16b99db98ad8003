package io.kervan.identity.application;

import io.kervan.identity.domain.PlatformOperator;
import io.kervan.identity.domain.PlatformOperators;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes sure the operator named in {@code kervan.platform.operator-email} exists with the password in
 * {@code kervan.platform.operator-password}. Without both, the platform API has nobody who can sign in.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class OperatorBootstrap {

    private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class.getName());

    @Inject
    PlatformOperators operators;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "kervan.platform.operator-email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "kervan.platform.operator-password")
    Optional<String> password;

    @PostConstruct
    void ensureOperator() {
        if (email.isEmpty() || password.isEmpty()) {
            LOG.info("No platform operator configured (kervan.platform.operator-email / -password)");
            return;
        }
        Optional<PlatformOperator> existing = operators.findByEmail(email.get().strip().toLowerCase());
        if (existing.isEmpty()) {
            operators.add(new PlatformOperator(email.get(), hasher.hash(password.get())));
            LOG.info("Platform operator created from configuration");
        } else if (!existing.get().canSignInWith(password.get())) {
            existing.get().replacePasswordHash(hasher.hash(password.get()));
            LOG.info("Platform operator password updated from configuration");
        }
    }
}
