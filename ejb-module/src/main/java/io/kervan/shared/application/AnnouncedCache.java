package io.kervan.shared.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A node's memory of answers read from the database, for a {@link ChangeSubscriber} to keep: trusted only while the
 * node hears every committed change to them announced. Each announcement forgets its answer; losing the connection
 * forgets everything, and until the node listens again every answer is read from the database. An answer read while
 * a change was heard is not kept, so an answer read before a change can never outlive it. Empty answers are never
 * kept: a row added a moment later must be found.
 *
 * @param <K> what an answer is kept under
 * @param <V> the answer
 */
public final class AnnouncedCache<K, V> {

    private final Cache<K, V> answers;

    /** Counts announcements and lost connections, so a read can tell whether one happened while it ran. */
    private final AtomicLong changes = new AtomicLong();

    private volatile boolean listening;

    /**
     * @param size     answers kept at most (0 keeps none)
     * @param lifetime a last resort, should an announcement ever be lost without the connection failing
     */
    public AnnouncedCache(long size, Duration lifetime) {
        answers = Caffeine.newBuilder().maximumSize(Math.max(size, 0)).expireAfterWrite(lifetime).build();
    }

    /** The kept answer, or null when there is none or none may be trusted now. */
    public V known(K key) {
        return listening ? answers.getIfPresent(key) : null;
    }

    /** Reads the answer from {@code database}, and keeps it if it may. */
    public Optional<V> read(K key, Supplier<Optional<V>> database) {
        if (!listening) {
            return database.get();
        }
        long before = changes.get();
        Optional<V> read = database.get();
        // Kept only if no change was heard since the read began. compute() and forget()'s invalidate() hold the key's
        // lock in turn, and forget() counts before it invalidates: an answer kept just before a change is heard is
        // forgotten by it, and one checked after it is not kept, so nobody is ever answered from it.
        read.ifPresent(found -> answers.asMap().compute(key, (k, kept) -> changes.get() == before ? found : kept));
        return read;
    }

    /** A change to the answer of {@code key} has committed (here, or announced from anywhere). */
    public void forget(K key) {
        changes.incrementAndGet();
        answers.invalidate(key);
    }

    /** A committed change touched every answer whose key matches (a change to many rows at once). */
    public void forgetIf(Predicate<K> changed) {
        changes.incrementAndGet();
        answers.asMap().keySet().removeIf(changed);
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
        answers.invalidateAll();
    }
}
