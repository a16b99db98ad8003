package io.kervan.orders.application;

import io.kervan.orders.domain.TrackedOrder;
import io.kervan.shared.application.AnnouncedCache;
import io.kervan.shared.application.ChangeSubscriber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The orders this node has tracked, up to {@code kervan.tracking.cache-size} of them (0 turns the cache off), so that
 * asking again costs no database round trip. It is only trusted while this node hears PostgreSQL announce every
 * change to a tracked order ({@code ChangeListener}, the {@code orders_tracking_changed} trigger): each
 * announcement forgets that order, and losing the connection forgets everything and reads the database until it is
 * back (see {@link AnnouncedCache}). The announcement reaches every node a few milliseconds after the commit, so the node that made the change
 * does not wait for it: it forgets the order as the change commits ({@link OrderChanged}), before the change's
 * response is sent. An order whose answer was read while a change was heard is not kept, so an answer read before a
 * change can never outlive it. Unknown numbers are never kept: an order placed a moment later must be found.
 */
@ApplicationScoped
public class TrackingCache implements ChangeSubscriber {

    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private record Key(UUID tenantId, String orderNumber) {
    }

    @Inject
    @ConfigProperty(name = "kervan.tracking.cache-size", defaultValue = "100000")
    long size;

    private AnnouncedCache<Key, TrackedOrder> orders;

    @PostConstruct
    void create() {
        orders = new AnnouncedCache<>(size, LIFETIME);
    }

    @Override
    public String channel() {
        return "order_tracking";
    }

    @Override
    public boolean enabled() {
        return size > 0;
    }

    /** The shop's order by number, from this node's memory or else from {@code database}. */
    public Optional<TrackedOrder> track(UUID tenantId, String orderNumber, Supplier<Optional<TrackedOrder>> database) {
        Key key = new Key(tenantId, orderNumber);
        TrackedOrder known = orders.known(key);
        return known != null ? Optional.of(known) : orders.read(key, database);
    }

    /** The shop's order changed in a transaction that has committed: {@code '<tenant id> <order number>'}. */
    @Override
    public void heard(String payload) {
        int space = payload.indexOf(' ');
        orders.forget(new Key(UUID.fromString(payload.substring(0, space)), payload.substring(space + 1)));
    }

    /** This node committed a change to an order: forget it now, before the change is answered. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged change) {
        orders.forget(new Key(change.tenantId(), change.orderNumber()));
    }

    @Override
    public void listening() {
        orders.listening();
    }

    @Override
    public void deaf() {
        orders.deaf();
    }
}
