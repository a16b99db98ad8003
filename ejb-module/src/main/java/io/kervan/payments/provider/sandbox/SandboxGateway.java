package io.kervan.payments.provider.sandbox;

import io.kervan.shared.domain.Digests;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A pretend card gateway inside Kervan, for demos and storefront work: it opens transactions, shows a hosted test page
 * where the shopper chooses success, decline or a 3-D Secure challenge (code {@value #CHALLENGE_CODE}), and answers
 * status questions like a real provider would. It plays the provider, and keeps each shop's transactions as that
 * shop's (a merchant's account): another shop's transaction is not found.
 */
@Stateless
public class SandboxGateway {

    public static final String CHALLENGE_CODE = "123456";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    public SandboxTransaction open(BigDecimal amount, String currency, String description, String returnUrl) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        SandboxTransaction transaction = new SandboxTransaction("sbx_" + HexFormat.of().formatHex(random), amount,
                currency, description, returnUrl);
        em.persist(transaction);
        return transaction;
    }

    public Optional<SandboxTransaction> find(String id) {
        return Optional.ofNullable(em.find(SandboxTransaction.class, id));
    }

    /** The shopper's choice on the hosted page: {@code succeed}, {@code decline} or {@code challenge}. */
    public Optional<SandboxTransaction> decide(String id, String action) {
        return lock(id).map(t -> {
            switch (action) {
                case "succeed" -> t.moveTo(SandboxTransaction.Status.SUCCEEDED);
                case "challenge" -> t.moveTo(SandboxTransaction.Status.CHALLENGED);
                default -> t.moveTo(SandboxTransaction.Status.DECLINED);
            }
            return t;
        });
    }

    /** The answer to the 3-D Secure challenge: the right code succeeds, anything else declines. */
    public Optional<SandboxTransaction> answerChallenge(String id, String code) {
        return lock(id).filter(t -> t.status() == SandboxTransaction.Status.CHALLENGED).map(t -> {
            t.moveTo(CHALLENGE_CODE.equals(code) ? SandboxTransaction.Status.SUCCEEDED
                    : SandboxTransaction.Status.DECLINED);
            return t;
        });
    }

    /**
     * Gives back {@code amount}. The sandbox refunds inside the caller's transaction, so its refund and Kervan's
     * record of it commit or roll back together and a refund is never made without being recorded; its reference is
     * made from {@code refundKey}, as a provider's would be the same for every ask of one refund.
     *
     * @return a refund reference, or empty when the gateway refuses
     */
    public Optional<String> refund(String id, BigDecimal amount, String refundKey) {
        return lock(id).filter(t -> t.refund(amount)).map(t -> "sbx_re_" + reference(refundKey));
    }

    private static String reference(String refundKey) {
        return HexFormat.of().formatHex(Digests.sha256(refundKey), 0, 8);
    }

    private Optional<SandboxTransaction> lock(String id) {
        return Optional.ofNullable(em.find(SandboxTransaction.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
