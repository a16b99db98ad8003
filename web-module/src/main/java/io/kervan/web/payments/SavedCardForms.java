package io.kervan.web.payments;

import io.kervan.payments.application.PaymentView;
import io.kervan.payments.application.SavedCardOffers;
import io.kervan.payments.application.SavedCardView;

/**
 * The card page's saved-card parts: one form per saved card (its id, its installments, a pay button; the bank's 3-D
 * Secure page still follows), and the "save this card" box of the new-card form. Only the brand and the last four
 * digits of a card are ever written.
 */
final class SavedCardForms {

    private SavedCardForms() {
    }

    static String render(HtmlPages.Texts texts, PaymentView payment, SavedCardOffers.Offer offer, String formToken) {
        if (offer.cards().isEmpty()) {
            return "";
        }
        String currency = HtmlPages.escape(payment.currency());
        StringBuilder forms = new StringBuilder("<section aria-labelledby=saved-cards><h2 id=saved-cards>")
                .append(texts.get("card.saved.title")).append("</h2><p>").append(texts.get("card.saved.3ds"))
                .append("</p>");
        for (SavedCardOffers.OfferedCard offered : offer.cards()) {
            SavedCardView card = offered.card();
            String name = face(texts, card);
            forms.append("<form method=post class=saved-card>").append(token(formToken))
                    .append("<input type=hidden name=saved_card value=\"").append(card.id()).append("\">")
                    .append("<fieldset><legend>").append(name).append("</legend>")
                    .append(CardPage.radios(texts, offered.options(), currency)).append("</fieldset>")
                    .append("<button name=action value=pay>")
                    .append(texts.get("card.saved.pay", payment.amount(), currency, plain(texts, card)))
                    .append("</button></form>");
        }
        return forms.append("</section>").toString();
    }

    static String keepBox(HtmlPages.Texts texts, String formToken) {
        return token(formToken) + "<label class=choice><input type=checkbox name=keep_card value=true "
                + "aria-describedby=keep-hint> " + texts.get("card.keep") + "</label><p id=keep-hint class=hint>"
                + texts.get("card.keep.hint") + "</p>";
    }

    /** "Mastercard •••• 0006". */
    static String face(HtmlPages.Texts texts, SavedCardView card) {
        return texts.get("card.saved.face", texts.get("card.brand." + card.brand()), card.lastFour());
    }

    private static String plain(HtmlPages.Texts texts, SavedCardView card) {
        return texts.bundle().getString("card.brand." + card.brand()) + " •••• " + card.lastFour();
    }

    private static String token(String formToken) {
        return formToken == null ? "" : "<input type=hidden name=_csrf value=\"" + HtmlPages.escape(formToken)
                + "\">";
    }
}
