package io.kervan.web.shared;

import io.kervan.identity.application.AuthenticationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who is calling, as far as the API needs to know: a customer, a staff member, or nobody signed in. */
@RequestScoped
public class Caller {

    private static final Set<String> STAFF_ROLES = Set.of("owner", "admin", "staff");

    @Inject
    JsonWebToken token;

    public boolean isSignedIn() {
        return token != null && token.getRawToken() != null;
    }

    public Optional<UUID> customerId() {
        return isSignedIn() && token.getGroups().contains(AuthenticationService.CUSTOMER_ROLE)
                ? Optional.of(UUID.fromString(token.getSubject()))
                : Optional.empty();
    }

    public boolean isStaff() {
        return isSignedIn() && token.getGroups().stream().anyMatch(STAFF_ROLES::contains);
    }

    /** How the caller appears in an order's history. */
    public String describe() {
        if (!isSignedIn()) {
            return "anonymous";
        }
        String role = isStaff() ? "staff" : "customer";
        return role + ":" + token.getName();
    }
}
