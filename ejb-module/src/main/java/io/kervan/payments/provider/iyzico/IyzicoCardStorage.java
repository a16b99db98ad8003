package io.kervan.payments.provider.iyzico;

import io.kervan.payments.provider.KeptCard;
import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.payments.provider.StoredCard;

/**
 * iyzico's card storage in the direct 3-D Secure flow (iyzipay-java's {@code PaymentCard}, {@code Card},
 * {@code DeleteCardRequest}): ThreedsInitialize's {@code paymentCard} carries {@code registerCard: 1} (with the
 * customer's {@code cardUserKey} when they have one, so the card joins the same iyzico user), and ThreedsPayment's
 * answer then names {@code cardUserKey} and {@code cardToken} beside {@code binNumber}, {@code lastFourDigits} and
 * {@code cardAssociation}. A kept card pays with {@code cardUserKey} and {@code cardToken} instead of the number, and
 * is deleted with {@code DELETE /cardstorage/card}. iyzico tells no expiry.
 */
final class IyzicoCardStorage {

    private IyzicoCardStorage() {
    }

    /** A paid ThreedsPayment's outcome with the card iyzico kept, when its answer names one. */
    static ProviderOutcome withKeptCard(ProviderOutcome outcome, IyzicoAnswer answer) {
        String userKey = answer.text("cardUserKey");
        String token = answer.text("cardToken");
        String bin = answer.text("binNumber");
        String lastFour = answer.text("lastFourDigits");
        if (outcome.result() != ProviderOutcome.Result.SUCCEEDED || userKey == null || token == null || bin == null
                || !bin.matches("\\d{6,8}") || lastFour == null || !lastFour.matches("\\d{4}")) {
            return outcome;
        }
        return outcome.withKeptCard(new KeptCard(new StoredCard(userKey, token),
                KeptCard.brand(answer.text("cardAssociation"), bin), bin, lastFour, null, null));
    }

    static void forget(IyzicoGateway gateway, IyzicoAccount account, StoredCard card) {
        IyzicoAnswer answer = gateway.delete(account, IyzicoRequests.CARD_STORAGE, IyzicoRequests.deleteCard(card),
                "the card is still saved; try again in a moment");
        if (!answer.succeeded()) {
            throw new ProviderRefusedException("iyzico did not delete the card: " + answer.error());
        }
    }
}
