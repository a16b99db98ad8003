package io.kervan.escrow.domain;

import java.util.Locale;

/**
 * What a ledger entry records. {@code held}, {@code released} and {@code refunded} move money into, out of and back
 * from the held amount; {@code refunded_after_release} is money given back from what the shop already had;
 * {@code delivered}, {@code disputed} and {@code dispute_cleared} move nothing (their amount is zero) and say why the
 * money stayed or went when it did.
 */
public enum EntryKind {
    HELD, DELIVERED, RELEASED, REFUNDED, REFUNDED_AFTER_RELEASE, DISPUTED, DISPUTE_CLEARED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
