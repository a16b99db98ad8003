package io.kervan.it.escrow;

import io.kervan.it.admin.AdminShops;
import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.support.Database;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Escrow shops for tests, and the SQL check that a shop's escrows add up to their ledgers. */
public final class EscrowBooks {

    private EscrowBooks() {
    }

    /** A shop ready to sell (see {@link AdminShops}) that holds every paid order in escrow, with these days. */
    public static Ready escrowShop(String prefix, Integer autoReleaseDays) {
        Ready ready = AdminShops.open(prefix);
        Map<String, Object> terms = autoReleaseDays == null ? Map.of("escrow_enabled", true)
                : Map.of("escrow_enabled", true, "escrow_auto_release_days", autoReleaseDays);
        ready.shop().request().auth().oauth2(ready.owner()).body(terms).patch("/api/staff/shop/").then()
                .statusCode(200).body("shop.escrow_enabled", org.hamcrest.Matchers.equalTo(true));
        return ready;
    }

    public static RequestSpecification owner(Ready ready) {
        return ready.shop().request().auth().oauth2(ready.owner());
    }

    /**
     * Every escrow of the shop adds up, to the kuruş: held = released + refunded + still held; each amount is the sum
     * of its ledger's entries of that kind; an escrow is held exactly while something is still held. Returns how many
     * escrows the shop has.
     */
    public static long assertLedgersAddUp(String slug) {
        long escrows = Database.count("select count(*) from escrow_accounts a join tenants t on t.id = a.tenant_id "
                + "where t.slug = ?", slug);
        long wrong = Database.count("select count(*) from escrow_accounts a join tenants t on t.id = a.tenant_id "
                + "where t.slug = ? and (a.held_amount <> a.released_amount + a.refunded_amount + a.remaining_amount"
                + " or a.held_amount <> " + sum("HELD")
                + " or a.released_amount <> " + sum("RELEASED")
                + " or a.refunded_amount <> " + sum("REFUNDED")
                + " or a.refunded_after_release_amount <> " + sum("REFUNDED_AFTER_RELEASE")
                + " or (a.status = 'HELD') <> (a.remaining_amount > 0)"
                + " or (a.status = 'RELEASED') <> (a.released_at is not null))", slug);
        assertThat(wrong).as("escrows of " + slug + " that do not add up to their ledger").isZero();
        return escrows;
    }

    private static String sum(String kind) {
        return "(select coalesce(sum(e.amount), 0) from escrow_ledger_entries e where e.escrow_id = a.id "
                + "and e.kind = '" + kind + "')";
    }
}
