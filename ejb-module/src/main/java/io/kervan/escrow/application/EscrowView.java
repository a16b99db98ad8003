package io.kervan.escrow.application;

import io.kervan.escrow.domain.EscrowAccount;
import io.kervan.escrow.domain.EscrowEntry;
import io.kervan.escrow.domain.EntryKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order's escrow as staff see it: where its money is (held = released + refunded + still held), whether it is
 * disputed, when it was or will be released and by whom, and, on one escrow's own view, its ledger ({@code null} in
 * lists). Amounts are decimal strings such as {@code "129.90"}.
 */
public record EscrowView(UUID id, UUID orderId, String orderNumber, UUID paymentId, String status, boolean disputed,
                         String disputeReason, String currency, String heldAmount, String releasedAmount,
                         String refundedAmount, String stillHeldAmount, String refundedAfterReleaseAmount,
                         Instant createdAt, Instant deliveredAt, Instant releaseDueAt, Instant releasedAt,
                         String releasedBy, List<Entry> ledger) {

    /** One ledger line: what moved, how much, who moved it and when. */
    public record Entry(int position, String kind, String amount, String actorKind, String actorName, String note,
                        Instant at) {

        static Entry of(EscrowEntry entry) {
            return new Entry(entry.position(), entry.kind().code(), entry.amount().toPlainString(),
                    entry.actor().kind().code(), entry.actor().name(), entry.note(), entry.createdAt());
        }
    }

    static EscrowView withLedger(EscrowAccount account) {
        return of(account, account.entries().stream().map(Entry::of).toList());
    }

    static EscrowView summary(EscrowAccount account) {
        return of(account, null);
    }

    private static EscrowView of(EscrowAccount a, List<Entry> ledger) {
        String releasedBy = ledger == null ? null : a.entries().stream()
                .filter(e -> e.kind() == EntryKind.RELEASED).map(e -> e.actor().label()).findFirst().orElse(null);
        return new EscrowView(a.id(), a.orderId(), a.orderNumber(), a.paymentId(), a.status().code(), a.isDisputed(),
                a.disputeReason(), a.held().currency(), a.held().toPlainString(), a.released().toPlainString(),
                a.refunded().toPlainString(), a.remaining().toPlainString(), a.refundedAfterRelease().toPlainString(),
                a.createdAt(), a.deliveredAt(), a.releaseDueAt(), a.releasedAt(), releasedBy, ledger);
    }

    public boolean held() {
        return status.equals("held");
    }
}
