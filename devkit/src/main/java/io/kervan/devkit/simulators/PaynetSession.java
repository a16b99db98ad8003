package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A 3-D Secure payment begun with tds_initial: what the merchant asked, the card, the bank's verdict once the shopper
 * has been to the bank page, and the transaction tds_charge made of it (once; a repeat answers it again with 100).
 */
final class PaynetSession {

    final String merchantKey;
    final String sessionId;
    final String tokenId;
    final String referenceNo;
    final BigDecimal amount;
    final PaynetRatios.Quote quote;
    final String bankId;
    final String bankName;
    final String holder;
    final String pan;
    final String month;
    final String year;
    final String returnUrl;
    final String description;
    final String email;
    final String phone;
    final Instant createdAt;
    final PaynetCard usedCard;
    final SaveCard saveCard;
    Integer mdStatus;
    PaynetTransaction transaction;

    /** The card as tds_initial gave it, or as it was kept. */
    record Card(String holder, String pan, String month, String year) {
    }

    /** A request to keep the card after a successful charge. */
    record SaveCard(String description, String userUniqueId, String cardOwnerId) {
    }

    PaynetSession(String merchantKey, String sessionId, String tokenId, String referenceNo, BigDecimal amount,
                  PaynetRatios.Quote quote, PaynetRatios.Bank bank, Card card, String returnUrl,
                  String description, String email, String phone, Instant createdAt, PaynetCard usedCard,
                  SaveCard saveCard) {
        this.merchantKey = merchantKey;
        this.sessionId = sessionId;
        this.tokenId = tokenId;
        this.referenceNo = referenceNo;
        this.amount = amount;
        this.quote = quote;
        this.bankId = bank.id();
        this.bankName = bank.name();
        this.holder = card.holder();
        this.pan = card.pan();
        this.month = card.month();
        this.year = card.year();
        this.returnUrl = returnUrl;
        this.description = description;
        this.email = email;
        this.phone = phone;
        this.createdAt = createdAt;
        this.usedCard = usedCard;
        this.saveCard = saveCard;
    }

    /** Still waiting for the bank page or for tds_charge. */
    boolean open() {
        return transaction == null;
    }
}
