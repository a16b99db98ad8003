package io.kervan.identity.application;

import io.kervan.identity.domain.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The admin panel's sessions are the API's staff tokens, kept in a cookie; one counts when {@link TokenVerifier} finds
 * it good here as the API's filters would (signed by Kervan, unexpired, for the current shop, not older than its last
 * suspension, not ended since) and it is a staff member's. Anything else is no session at all, whatever the reason.
 */
@ApplicationScoped
public class StaffSessions {

    /** A signed-in member as the pages need them; {@code tokenId} is the token's own id ({@code jti}). */
    public record StaffSession(UUID accountId, String email, StaffRole role, String tokenId, Instant expiresAt) {
    }

    @Inject
    TokenVerifier verifier;

    public Optional<StaffSession> open(String rawToken) {
        return verifier.verifyHere(rawToken).filter(VerifiedToken::isShopToken).flatMap(token -> role(token.groups())
                .map(role -> new StaffSession(token.subject(), token.email(), role, token.tokenId(),
                        token.expiresAt())));
    }

    /** A staff token carries exactly one staff role. */
    private static Optional<StaffRole> role(List<String> groups) {
        if (groups.size() != 1) {
            return Optional.empty();
        }
        String group = groups.get(0).toUpperCase(Locale.ROOT);
        for (StaffRole role : StaffRole.values()) {
            if (role.name().equals(group)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
