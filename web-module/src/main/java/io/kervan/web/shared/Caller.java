package io.kervan.web.shared;

import io.kervan.identity.application.AuthenticationService;
import io.kervan.shared.domain.Actor;
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

    /**
     * The caller as records of who did what keep them: by account id (the token's subject), with the name the token
     * carries now (an email, or a Telegram name) for display. The only place an {@link Actor} is made from a request.
     */
    public Actor actor() {
        if (!isSignedIn()) {
            return Actor.guest(null);
        }
        UUID id = UUID.fromString(token.getSubject());
        if (isStaff()) {
            return Actor.staff(id, token.getName());
        }
        if (token.getGroups().contains(AuthenticationService.OPERATOR_ROLE)) {
            return Actor.operator(id, token.getName());
        }
        return Actor.customer(id, token.getName());
    }
}
