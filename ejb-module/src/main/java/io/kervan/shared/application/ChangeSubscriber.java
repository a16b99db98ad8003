package io.kervan.shared.application;

/**
 * Something on this node that keeps answers in memory and must forget them when the data behind them changes, on
 * whichever node (or by whatever SQL) it changes. A trigger announces every committed change on the subscriber's
 * PostgreSQL channel ({@code pg_notify}); each node's {@code ChangeListener} hears it and passes it on. While the node
 * cannot hear its channel, the subscriber must not trust what it keeps.
 *
 * <p>Implementations are application-scoped CDI beans; they are found when the server starts.
 */
public interface ChangeSubscriber {

    /** The PostgreSQL channel the changes are announced on. */
    String channel();

    /** False when the subscriber keeps nothing (its cache is switched off): nobody listens for it. */
    boolean enabled();

    /** Every change from now on will be announced: what was kept before may be stale. */
    void listening();

    /** A committed change was announced, with the payload its trigger gave. */
    void heard(String payload);

    /** Announcements may be missed from now on: keep nothing until {@link #listening()}. */
    void deaf();
}
