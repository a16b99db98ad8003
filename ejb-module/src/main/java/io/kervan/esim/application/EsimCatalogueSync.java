package io.kervan.esim.application;

import io.kervan.esim.domain.Bundle;
import io.kervan.esim.domain.CatalogueSync;
import io.kervan.esim.domain.EsimError;
import io.kervan.esim.domain.ProviderPage;
import io.kervan.esim.provider.EsimProvider;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the shop's catalog in step with its eSIM Go catalogue, by hand or on the schedule. The whole catalogue is
 * read first, page by page, outside any transaction (a page that fails is retried by the client); only then is it
 * written, in one transaction ({@link CatalogueMirror}), so a sync that eSIM Go cuts short writes nothing. Every run,
 * failed or not, is logged ({@link CatalogueSyncLog}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EsimCatalogueSync {

    private static final Logger LOG = Logger.getLogger(EsimCatalogueSync.class.getName());

    /** A bound on pages read, whatever eSIM Go answers: 1,000 pages of the largest page size is 1,000,000 bundles. */
    private static final int MAX_PAGES = 1000;

    @Inject
    EsimGoConnections connections;

    @Inject
    EsimProvider esimGo;

    @EJB
    CatalogueMirror mirror;

    @EJB
    CatalogueSyncLog log;

    @Inject
    @ConfigProperty(name = "kervan.esim.catalogue-page-size", defaultValue = "200")
    int pageSize;

    @Inject
    @ConfigProperty(name = "kervan.esim.catalogue-sync-interval", defaultValue = "PT6H")
    Duration interval;

    /** @param startedBy who asked: a staff member, or the {@code schedule} */
    public SyncView sync(Actor startedBy) {
        Instant started = Instant.now();
        Map<String, Bundle> fetched = new LinkedHashMap<>();
        int pages = 0;
        EsimGoSettings settings = null;
        try {
            settings = connections.current();
            for (int page = 1; page <= MAX_PAGES; page++) {
                ProviderPage<Bundle> answer = esimGo.catalogue(settings.account(), page, pageSize);
                pages++;
                // By name: a bundle seen twice (the catalogue moved while it was read) is taken once.
                answer.items().forEach(b -> fetched.put(b.name(), b));
                if (answer.items().size() < pageSize || answer.pageCount() > 0 && page >= answer.pageCount()) {
                    break;
                }
            }
            CatalogueSync.Counts counts = mirror.apply(settings, new ArrayList<>(fetched.values()), pages,
                    interval);
            return log.record(CatalogueSync.succeeded(settings.integrationId(), startedBy, counts, started));
        } catch (KervanException e) {
            if (e.errorCode() != EsimError.NOT_CONNECTED) {
                LOG.warning("eSIM Go catalogue sync (" + startedBy.label() + ") failed after " + pages + " pages: "
                        + e.detail());
                log.record(CatalogueSync.failed(settings == null ? null : settings.integrationId(), startedBy,
                        new CatalogueSync.Counts(fetched.size(), pages, 0, 0, 0, 0, 0), e.detail(), started));
            }
            throw e;
        }
    }

    public SyncSchedule schedule() {
        boolean on = !interval.isZero() && !interval.isNegative();
        return new SyncSchedule(on, interval, on ? log.nextScheduled().orElse(null) : null);
    }

    public List<SyncView> recent(int limit) {
        return log.recent(limit);
    }
}
