package io.kervan.escrow.application;

import io.kervan.escrow.domain.EscrowAccount;
import io.kervan.escrow.domain.EscrowAccounts;
import io.kervan.escrow.domain.EscrowError;
import io.kervan.escrow.domain.EscrowStatus;
import io.kervan.orders.application.OrderQueries;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * What staff see and do with the shop's escrows: an order's escrow with its ledger, the list of them with totals, a
 * dispute flagged or cleared, a release by hand. The escrow itself refuses what is illegal (a disputed or already
 * released escrow, an order not delivered yet), and nothing is written then. Another shop's order is not found.
 */
@Stateless
public class EscrowDesk {

    @Inject
    EscrowAccounts accounts;

    @Inject
    EscrowTerms terms;

    @Inject
    OrderQueries orders;

    public EscrowView ofOrder(UUID orderId) {
        return EscrowView.withLedger(find(orderId));
    }

    /** The order's escrow, or empty for an order that has none (paid before escrow, not an escrow order, unpaid). */
    public Optional<EscrowView> findForOrder(UUID orderId) {
        return accounts.findByOrder(orderId).map(EscrowView::withLedger);
    }

    /** Whether the order's buyer should read that their payment is held until delivery. */
    public boolean holdsPaymentOf(UUID orderId) {
        return accounts.findByOrder(orderId).filter(a -> a.status() == EscrowStatus.HELD).isPresent();
    }

    /**
     * Flags a dispute ({@code disputed} true, with an optional reason), which keeps the money held, or clears it, which
     * releases a delivered order's money as its delivery would have.
     */
    public EscrowView setDisputed(UUID orderId, boolean disputed, String reason, Actor actor) {
        EscrowAccount account = lock(orderId);
        if (disputed) {
            account.dispute(reason == null || reason.isBlank() ? null : reason.strip(), actor, EscrowIntake.now());
        } else {
            account.clearDispute(actor, EscrowIntake.now(), terms.releaseWindow());
        }
        return EscrowView.withLedger(account);
    }

    public EscrowView release(UUID orderId, Actor actor) {
        EscrowAccount account = lock(orderId);
        account.release(actor, EscrowIntake.now());
        return EscrowView.withLedger(account);
    }

    /** Newest first; {@code state} ({@code held}, {@code released}, {@code refunded}) null for every state. */
    public EscrowList list(String state, PageRequest page) {
        EscrowStatus status = state == null || state.isBlank() ? null : EscrowStatus.fromCode(state.strip());
        Page<EscrowView> found = accounts.list(status, page).map(EscrowView::summary);
        return new EscrowList(found, accounts.totals(status).stream().map(t -> new EscrowList.Total(t.currency(),
                t.count(), plain(t.held()), plain(t.released()), plain(t.refunded()), plain(t.remaining())))
                .toList());
    }

    private EscrowAccount find(UUID orderId) {
        orders.load(orderId);
        return accounts.findByOrder(orderId).orElseThrow(() -> noEscrow(orderId));
    }

    private EscrowAccount lock(UUID orderId) {
        orders.load(orderId);
        return accounts.lockByOrder(orderId).orElseThrow(() -> noEscrow(orderId));
    }

    private static KervanException noEscrow(UUID orderId) {
        return new KervanException(EscrowError.ESCROW_NOT_FOUND, "Order " + orderId + " has no escrow: it is not "
                + "paid, or neither its shop nor its products hold payments in escrow");
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
