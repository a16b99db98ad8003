package io.kervan.it.escrow;

import io.kervan.it.admin.AdminShops.Placed;
import io.kervan.it.admin.AdminShops.Ready;

import java.util.Map;

import static io.kervan.it.escrow.EscrowBooks.assertLedgersAddUp;
import static io.kervan.it.escrow.EscrowBooks.escrowShop;
import static io.kervan.it.escrow.EscrowBooks.owner;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The test-JVM side of {@link EscrowAutoReleaseIT}, kept apart so that the server never loads it. */
final class EscrowReleaseClient {

    private static Ready ready;
    private static Placed delivered;
    private static Placed disputed;
    private static Placed undelivered;

    private EscrowReleaseClient() {
    }

    static void setUp() {
        ready = escrowShop("escrow-auto", 3);
        delivered = ready.paidOrder("teslim@example.com", 1);
        disputed = ready.paidOrder("itiraz@example.com", 1);
        undelivered = ready.paidOrder("yolda@example.com", 1);
        owner(ready).body(Map.of("disputed", true, "reason", "hasarlı")).post(path(disputed) + "dispute/").then()
                .statusCode(200);
        EscrowIT.deliver(ready, delivered);
        EscrowIT.deliver(ready, disputed);
    }

    static void assertStillHeld() {
        owner(ready).get(path(delivered)).then().statusCode(200).body("escrow.status", equalTo("held"))
                .body("escrow.release_due_at", notNullValue());
        assertLedgersAddUp(ready.shop().slug());
    }

    static void assertReleasedBySystem() {
        owner(ready).get(path(delivered)).then().statusCode(200)
                .body("escrow.status", equalTo("released"))
                .body("escrow.released_amount", equalTo("279.90"))
                .body("escrow.released_by", equalTo("escrow-release"))
                .body("escrow.released_at", notNullValue())
                .body("escrow.release_due_at", nullValue())
                .body("escrow.ledger[2].kind", equalTo("released"))
                .body("escrow.ledger[2].actor_kind", equalTo("system"));
        owner(ready).get(path(disputed)).then().body("escrow.status", equalTo("held"))
                .body("escrow.disputed", equalTo(true));
        owner(ready).get(path(undelivered)).then().body("escrow.status", equalTo("held"))
                .body("escrow.delivered_at", nullValue());
        assertLedgersAddUp(ready.shop().slug());
    }

    private static String path(Placed order) {
        return "/api/orders/" + order.id() + "/escrow/";
    }
}
