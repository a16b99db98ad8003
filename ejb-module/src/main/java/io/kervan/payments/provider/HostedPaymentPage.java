package io.kervan.payments.provider;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A provider whose payment page Kervan serves itself: the sandbox, standing in for a gateway's hosted page. The page
 * shows a payment, takes the shopper's choice, and sends them back to Kervan's return address, where Kervan asks the
 * provider how the payment stands like any other's. Every method answers only for the current shop's payments.
 */
public interface HostedPaymentPage {

    /** A payment as its page shows it. */
    record PagePayment(String description, BigDecimal amount, String currency, boolean challenged,
                       String returnUrl) {
    }

    /** The code a 3-D Secure challenge of this page accepts, shown on the challenge itself. */
    String challengeCode();

    Optional<PagePayment> find(String id);

    /** The shopper's choice: {@code succeed}, {@code decline} or {@code challenge}. */
    Optional<PagePayment> decide(String id, String action);

    Optional<PagePayment> answerChallenge(String id, String code);
}
