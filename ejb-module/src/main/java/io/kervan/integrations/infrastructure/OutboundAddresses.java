package io.kervan.integrations.infrastructure;

import io.kervan.integrations.domain.AddressPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link AddressPolicy} as configured: loopback is refused unless {@code kervan.outbound.allow-loopback} is on,
 * which the run command and the tests turn on for the provider simulators on 127.0.0.1.
 */
@ApplicationScoped
public class OutboundAddresses {

    @Inject
    @ConfigProperty(name = "kervan.outbound.allow-loopback", defaultValue = "false")
    boolean allowLoopback;

    @Produces
    AddressPolicy policy() {
        return new AddressPolicy(allowLoopback);
    }
}
