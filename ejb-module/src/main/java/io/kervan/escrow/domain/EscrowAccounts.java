package io.kervan.escrow.domain;

import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current shop's escrows; the due ones of every shop only for the release timer. */
public interface EscrowAccounts {

    /** An escrow due for automatic release, with its shop. */
    record Due(UUID tenantId, UUID escrowId) {
    }

    /** What one currency's escrows add up to. */
    record Totals(String currency, long count, java.math.BigDecimal held, java.math.BigDecimal released,
                  java.math.BigDecimal refunded, java.math.BigDecimal remaining) {
    }

    void add(EscrowAccount account);

    Optional<EscrowAccount> findByPayment(UUID paymentId);

    /** The order's escrow, locked for a move (the newest, should an order ever have two payments). */
    Optional<EscrowAccount> lockByOrder(UUID orderId);

    Optional<EscrowAccount> findByOrder(UUID orderId);

    Optional<EscrowAccount> lock(UUID id);

    /** Newest first; {@code status} null for all. */
    Page<EscrowAccount> list(EscrowStatus status, PageRequest page);

    /** The sums of every escrow in {@code status} (null: all), per currency. */
    List<Totals> totals(EscrowStatus status);

    List<Due> findReleaseDueAcrossTenants(Instant now, int limit);
}
