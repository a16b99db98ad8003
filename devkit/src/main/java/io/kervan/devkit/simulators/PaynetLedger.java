package io.kervan.devkit.simulators;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the PAYNET simulator remembers, each thing owned by one merchant's secret key (another key finds nothing):
 * 3-D Secure sessions, transactions by {@code xact_id}, kept cards by {@code card_hash}, and the {@code card_owner_id}
 * it gave each of a merchant's customers. Flows lock on the ledger.
 */
final class PaynetLedger {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, PaynetSession> sessions = new LinkedHashMap<>();
    private final Map<String, PaynetTransaction> transactions = new LinkedHashMap<>();
    private final Map<String, PaynetCard> cards = new LinkedHashMap<>();
    private final Map<String, String> owners = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(2_527_000);
    private final Supplier<Instant> clock;

    PaynetLedger(Supplier<Instant> clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.get();
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    void add(PaynetSession session) {
        sessions.put(session.sessionId, session);
    }

    PaynetSession session(String merchantKey, String sessionId) {
        PaynetSession session = sessionId == null ? null : sessions.get(sessionId);
        return session != null && session.merchantKey.equals(merchantKey) ? session : null;
    }

    /** For the bank page, which the shopper's browser opens without a key. */
    PaynetSession session(String sessionId) {
        return sessions.get(sessionId);
    }

    /** True while a session with this reference is open, or a transaction with it succeeded. */
    boolean referenceTaken(String merchantKey, String referenceNo) {
        return sessions.values().stream().anyMatch(s -> s.merchantKey.equals(merchantKey)
                && s.referenceNo.equals(referenceNo) && (s.open() || s.transaction.succeeded));
    }

    void add(PaynetTransaction transaction) {
        transactions.put(transaction.xactId, transaction);
    }

    PaynetTransaction transaction(String merchantKey, String xactId) {
        PaynetTransaction t = xactId == null ? null : transactions.get(xactId);
        return t != null && t.session.merchantKey.equals(merchantKey) ? t : null;
    }

    PaynetTransaction transaction(String xactId) {
        return transactions.get(xactId);
    }

    List<PaynetTransaction> byReference(String merchantKey, String referenceNo) {
        return transactions.values().stream().filter(t -> t.session.merchantKey.equals(merchantKey)
                && t.session.referenceNo.equals(referenceNo)).toList();
    }

    List<PaynetTransaction> transactions(String merchantKey) {
        return transactions.values().stream().filter(t -> t.session.merchantKey.equals(merchantKey)).toList();
    }

    PaynetCard card(String merchantKey, String cardHash) {
        PaynetCard card = cardHash == null ? null : cards.get(cardHash);
        return card != null && card.merchantKey().equals(merchantKey) ? card : null;
    }

    /** Keeps a card for a customer: the same customer keeps one card_owner_id, the same card one hash. */
    PaynetCard keep(PaynetSession session) {
        PaynetSession.SaveCard save = session.saveCard;
        String owner = save.cardOwnerId() != null ? save.cardOwnerId()
                : owners.computeIfAbsent(session.merchantKey + "|" + save.userUniqueId(),
                        k -> UUID.randomUUID().toString());
        PaynetCard existing = cards.values().stream().filter(c -> c.merchantKey().equals(session.merchantKey)
                && c.cardOwnerId().equals(owner) && c.pan().equals(session.pan)).findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        String userId = save.userUniqueId() != null ? save.userUniqueId() : owners.entrySet().stream()
                .filter(e -> e.getValue().equals(owner)).map(e -> e.getKey().substring(e.getKey().indexOf('|') + 1))
                .findFirst().orElse(null);
        PaynetCard card = new PaynetCard(session.merchantKey, "ch_" + token(24), owner, userId, save.description(),
                session.holder, session.pan, session.month, session.year);
        cards.put(card.cardHash(), card);
        return card;
    }

    List<PaynetCard> keptCards() {
        return List.copyOf(cards.values());
    }

    boolean ownerKnown(String merchantKey, String cardOwnerId) {
        return owners.entrySet().stream().anyMatch(e -> e.getKey().startsWith(merchantKey + "|")
                && e.getValue().equals(cardOwnerId));
    }

    List<PaynetCard> cards(String merchantKey, String cardOwnerId) {
        List<PaynetCard> found = new ArrayList<>();
        cards.values().stream().filter(c -> c.merchantKey().equals(merchantKey)
                && Objects.equals(c.cardOwnerId(), cardOwnerId)).forEach(found::add);
        return found;
    }

    boolean forget(String merchantKey, String cardOwnerId, String cardHash) {
        PaynetCard card = card(merchantKey, cardHash);
        if (card == null || !card.cardOwnerId().equals(cardOwnerId)) {
            return false;
        }
        cards.remove(cardHash);
        return true;
    }

    /** PAYNET's transaction numbers look like {@code xk_EAAAAAh7VYf9HG4+GR9ezqi…}: Base64 with + and /. */
    static String xactId() {
        return "xk_" + token(36);
    }

    static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getEncoder().withoutPadding().encodeToString(random);
    }
}
