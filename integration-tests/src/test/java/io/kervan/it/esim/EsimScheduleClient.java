package io.kervan.it.esim;

import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.esim.EsimShops.Connected;
import io.kervan.it.support.Database;

import static org.assertj.core.api.Assertions.assertThat;

/** The test-JVM side of {@link EsimCatalogueScheduleIT}, kept apart so that the server never loads it. */
final class EsimScheduleClient {

    private EsimScheduleClient() {
    }

    static AutoCloseable startEsimGo() {
        return EsimGoSimulator.start();
    }

    static void disconnect() {
        EsimShops.disconnectAll();
    }

    /** @return the shop's slug */
    static String connect(AutoCloseable simulator) {
        Connected c = EsimShops.connect("esim-schedule", (EsimGoSimulator) simulator);
        assertThat(c.products()).isZero();
        return c.shop().slug();
    }

    static void assertSyncedBySchedule(String slug) {
        assertThat(Database.count("select count(*) from products p join tenants t on t.id = p.tenant_id "
                + "where t.slug = ? and p.product_type = 'DIGITAL' and p.active", slug)).isEqualTo(1015);
        assertThat(Database.column("select s.actor_name || ' ' || s.outcome || ' ' || s.created "
                + "from esim_catalogue_syncs s join tenants t on t.id = s.tenant_id where t.slug = ?", slug))
                .containsExactly("schedule succeeded 1015");
    }
}
