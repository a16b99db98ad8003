package io.kervan.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Who did something that Kervan records (an order's status change, an audited change to an integration, a refund, a
 * catalogue sync): a kind, the account's id when there is one, and the name it went by at the time, for display. The
 * id is what identifies the account, so a name or email changed later leaves the record pointing at the same person;
 * the name is kept as it was, and cut to fit its column however long it was.
 */
@Embeddable
public class Actor {

    /** What sort of actor; people have an account id (guests excepted), Kervan's own jobs and providers none. */
    public enum Kind {
        CUSTOMER, GUEST, STAFF, OPERATOR, SYSTEM, PROVIDER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The longest name kept, in characters; the {@code actor_name} columns hold this many. */
    public static final int NAME_LENGTH = 254;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, updatable = false, length = 16)
    private Kind kind;

    @Column(name = "actor_id", updatable = false)
    private UUID id;

    @Column(name = "actor_name", nullable = false, updatable = false, length = NAME_LENGTH)
    private String name;

    protected Actor() {
        // for JPA
    }

    private Actor(Kind kind, UUID id, String name) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = id;
        this.name = displayable(name, kind);
    }

    public static Actor customer(UUID id, String name) {
        return new Actor(Kind.CUSTOMER, Objects.requireNonNull(id, "id"), name);
    }

    /** A shopper without an account, known by the email they gave, or nobody signed in ({@code email} null). */
    public static Actor guest(String email) {
        return new Actor(Kind.GUEST, null, email == null ? "anonymous" : email);
    }

    public static Actor staff(UUID id, String name) {
        return new Actor(Kind.STAFF, Objects.requireNonNull(id, "id"), name);
    }

    public static Actor operator(UUID id, String name) {
        return new Actor(Kind.OPERATOR, Objects.requireNonNull(id, "id"), name);
    }

    /** Kervan itself: {@code system}, a job ({@code esim-fulfillment}) or a timer ({@code schedule}). */
    public static Actor system(String name) {
        return new Actor(Kind.SYSTEM, null, name);
    }

    /** A provider's word reaching Kervan, e.g. {@code payment:PAY-…} for a confirmed payment. */
    public static Actor provider(String name) {
        return new Actor(Kind.PROVIDER, null, name);
    }

    public Kind kind() {
        return kind;
    }

    /** The account's id; null for guests, Kervan itself and providers. */
    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    /**
     * How the actor has always been shown: {@code staff:ayse@example.com}, {@code customer:…}, {@code guest:…}, or the
     * bare name for Kervan itself and providers ({@code system}, {@code payment:PAY-…}).
     */
    public String label() {
        return kind == Kind.SYSTEM || kind == Kind.PROVIDER ? name : kind.code() + ":" + name;
    }

    /**
     * Blank becomes the kind's name; control characters become spaces; anything over {@link #NAME_LENGTH} is cut at a
     * character boundary (never between the halves of a surrogate pair) and ends with an ellipsis.
     */
    static String displayable(String name, Kind kind) {
        String text = name == null ? "" : name.strip().replaceAll("\\p{Cntrl}", " ");
        if (text.isEmpty()) {
            return kind.code();
        }
        if (text.length() <= NAME_LENGTH) {
            return text;
        }
        int end = NAME_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor other && kind == other.kind && Objects.equals(id, other.id)
                && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id, name);
    }

    @Override
    public String toString() {
        return label() + (id == null ? "" : " (" + id + ")");
    }
}
