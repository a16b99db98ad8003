package io.kervan.escrow.application;

import io.kervan.shared.domain.Page;

import java.util.List;

/** A page of the shop's escrows, and what all of them in the chosen state add up to, per currency. */
public record EscrowList(Page<EscrowView> page, List<Total> totals) {

    /** The sums of one currency's escrows; still held is what waits for release now. */
    public record Total(String currency, long count, String heldAmount, String releasedAmount, String refundedAmount,
                        String stillHeldAmount) {
    }
}
