package io.kervan.orders.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.kervan.orders.domain.TrackedOrder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The orders this node has tracked, up to {@code kervan.tracking.cache-size} of them (0 turns the cache off), so that
 * asking again costs no database round trip. It is only trusted while this node hears PostgreSQL announce every
 * change to a tracked order ({@code TrackingChangeListener}, the {@code orders_tracking_changed} trigger): each
 * announcement forgets that order, and losing the connection forgets everything and reads the database until it is
 * back. The announcement reaches every node a few milliseconds after the commit, so the node that made the change
 * does not wait for it: it forgets the order as the change commits ({@link OrderChanged}), before the change's
 * response is sent. An order whose answer was read while a change was heard is not kept, so an answer read before a
 * change can never outlive it. Unknown numbers are never kept: an order placed a moment later must be found.
 */
@ApplicationScoped
public class TrackingCache {

    /** A last resort should an announcement ever be lost without the connection failing. */
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private record Key(UUID tenantId, String orderNumber) {
    }

    @Inject
    @ConfigProperty(name = "kervan.tracking.cache-size", defaultValue = "100000")
    long size;

    private Cache<Key, TrackedOrder> orders;

    /** Counts announcements and lost connections, so a read can tell whether one happened while it ran. */
    private final AtomicLong changes = new AtomicLong();

    private volatile boolean listening;

    @PostConstruct
    void create() {
        orders = Caffeine.newBuilder().maximumSize(Math.max(size, 0)).expireAfterWrite(LIFETIME).build();
    }

    public boolean enabled() {
        return size > 0;
    }

    /** The shop's order by number, from this node's memory or else from {@code database}. */
    public Optional<TrackedOrder> track(UUID tenantId, String orderNumber, Supplier<Optional<TrackedOrder>> database) {
        if (!listening) {
            return database.get();
        }
        Key key = new Key(tenantId, orderNumber);
        TrackedOrder known = orders.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        long before = changes.get();
        Optional<TrackedOrder> read = database.get();
        // Kept only if no change was heard since the read began. compute() and changed()'s invalidate() hold the
        // key's lock in turn, and changed() counts before it invalidates: an answer kept just before a change is
        // heard is forgotten by it, and one checked after it is not kept, so nobody is answered from it later.
        read.ifPresent(found -> orders.asMap().compute(key, (k, kept) -> changes.get() == before ? found : kept));
        return read;
    }

    /** The shop's order changed in a transaction that has committed. */
    public void changed(UUID tenantId, String orderNumber) {
        changes.incrementAndGet();
        orders.invalidate(new Key(tenantId, orderNumber));
    }

    /** This node committed a change to an order: forget it now, before the change is answered. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged change) {
        changed(change.tenantId(), change.orderNumber());
    }

    /** Every change from now on will be announced: what was kept before may be stale. */
    public void listening() {
        forgetAll();
        listening = true;
    }

    /** Announcements may be missed from now on: keep nothing until {@link #listening()}. */
    public void deaf() {
        listening = false;
        forgetAll();
    }

    private void forgetAll() {
        changes.incrementAndGet();
        orders.invalidateAll();
    }
}
