package io.kervan.it.esim;

import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.esim.EsimOwners.Customer;
import io.kervan.it.esim.EsimOwners.EsimShop;
import io.kervan.it.esim.EsimOwners.OwnedEsim;
import io.kervan.it.support.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The test-JVM side of {@link EsimUsagePollIT}, kept apart so that the server never loads it. */
final class EsimUsagePollClient {

    private static final long MB = 1_000_000L;

    private static Customer customer;
    private static OwnedEsim due;
    private static OwnedEsim depleted;
    private static OwnedEsim recent;

    private EsimUsagePollClient() {
    }

    static void disconnect() {
        EsimShops.disconnectAll();
    }

    static AutoCloseable startEsimGo() {
        return EsimGoSimulator.start();
    }

    /**
     * A customer with three eSIMs, recorded long ago (so that they come before any other test's in the poll's order):
     * one whose data was used without a callback reaching Kervan, one already depleted, one heard of a moment ago.
     */
    static void buyAndUseWithoutCallbacks(AutoCloseable simulator) {
        EsimGoSimulator esimGo = (EsimGoSimulator) simulator;
        EsimShop s = EsimOwners.open("usage-poll", esimGo);
        customer = s.register("ayse@example.com");
        String order = customer.placeOrder();
        due = EsimOwners.buy(esimGo, customer, order, "esim_1GB_7D_TR_V2");
        depleted = EsimOwners.buy(esimGo, customer, order, "esim_1GB_7D_TR_V2");
        recent = EsimOwners.buy(esimGo, customer, order, "esim_1GB_7D_TR_V2");
        // No callback URL is set on this simulator: the usage reaches Kervan only if it asks.
        assertThat(esimGo.use(s.apiKey(), due.iccid(), 300 * MB)).isZero();
        backdate(due, "2000-01-01", null);
        backdate(depleted, "1999-01-01", "depleted");
        backdate(recent, "1998-01-01", "active");
        Database.column("update esims set usage_updated_at = now() where id = ?::uuid returning id", recent.id());
    }

    static void assertOnlyTheDueEsimWasAskedAbout() {
        assertThat(EsimOwners.usage(due, "remaining_bytes")).isEqualTo(700 * MB);
        assertThat(EsimOwners.usage(due, "bundle_state")).isEqualTo("active");
        assertThat(EsimOwners.usage(due, "usage_checked_at")).isNotNull();
        assertThat(EsimOwners.usage(depleted, "usage_checked_at")).isNull();
        assertThat(EsimOwners.usage(recent, "usage_checked_at")).isNull();
        customer.request().get("/api/esims/" + due.id() + "/").then().statusCode(200)
                .body("esim.remaining_data", equalTo("700 MB"))
                .body("esim.status", equalTo("active"));
    }

    private static void backdate(OwnedEsim esim, String day, String state) {
        Database.column("update esims set created_at = ?::timestamptz, bundle_state = ? where id = ?::uuid "
                + "returning id", day + "T00:00:00Z", state, esim.id());
    }
}
