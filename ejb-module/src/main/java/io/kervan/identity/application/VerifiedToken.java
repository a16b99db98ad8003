package io.kervan.identity.application;

import io.kervan.identity.domain.Realm;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a token whose signature, issuer and expiry have been checked says about its holder, whichever library checked
 * it ({@link TokenVerifier} for the cookies, MicroProfile JWT for the API's bearer tokens).
 *
 * @param tenantId           the shop it was issued for, or null for an operator's token
 * @param tenantTokenVersion the shop's token version when it was signed (0 when it carries none)
 * @param tokenVersion       the account's token version when it was signed (0 when it carries none)
 * @param email              null for an account without one
 * @param tokenId            the token's own id ({@code jti})
 */
public record VerifiedToken(UUID subject, List<String> groups, UUID tenantId, long tenantTokenVersion,
                            long tokenVersion, String email, String tokenId, Instant expiresAt) {

    public VerifiedToken {
        groups = List.copyOf(groups);
    }

    /** Whether it is a shop's token (a customer's or a staff member's) rather than an operator's. */
    public boolean isShopToken() {
        return tenantId != null;
    }

    public boolean isCustomers() {
        return groups.contains(AuthenticationService.CUSTOMER_ROLE);
    }

    /** The kind of account a shop's token belongs to. */
    public Realm realm() {
        return isCustomers() ? Realm.CUSTOMER : Realm.STAFF;
    }
}
