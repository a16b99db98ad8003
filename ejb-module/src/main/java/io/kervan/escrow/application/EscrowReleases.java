package io.kervan.escrow.application;

import io.kervan.escrow.domain.EscrowAccounts;
import io.kervan.shared.domain.Actor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.UUID;

/** The automatic release of one escrow, in a transaction of its own (the unit of work of {@link EscrowAutoRelease}). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EscrowReleases {

    /** Who releases money whose window after delivery is over. */
    static final Actor SYSTEM = Actor.system("escrow-release");

    @Inject
    EscrowAccounts accounts;

    public boolean releaseIfDue(UUID escrowId, Instant now) {
        return accounts.lock(escrowId).map(account -> account.releaseIfDue(SYSTEM, now)).orElse(false);
    }
}
