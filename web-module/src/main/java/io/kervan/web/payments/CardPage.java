package io.kervan.web.payments;

import io.kervan.payments.application.InstallmentView;
import io.kervan.payments.application.PaymentView;
import io.kervan.payments.application.SavedCardOffers;

import java.util.List;

/**
 * The card page's HTML: the card fields, and the installment choice as a radio group that starts with the single
 * payment. The group is filled by {@code card-installments.js} once the first six digits are typed, or, without
 * JavaScript, by the "show installment options" button, which posts the form back and gets the page again with the
 * options of the typed BIN, the card number cut to those six digits and nothing else of the card kept. A signed-in
 * customer whose order it is sees, where the provider keeps cards, their saved cards first, each a form of its own
 * with its installments and a pay button (brand and last four digits only), and a "save this card" box under the new
 * card; those forms carry the form token ({@code formToken}).
 */
final class CardPage {

    private CardPage() {
    }

    /**
     * @param bin     the six digits to show again in the card number field (null: empty)
     * @param options the card's options (null: not asked yet, the single payment only)
     * @param status  a sentence about the options (null: the hint on how to see them)
     */
    static String render(HtmlPages.Texts texts, PaymentView payment, String installmentsUrl, String scriptUrl,
                         String bin, List<InstallmentView> options, String status, SavedCardOffers.Offer offer,
                         String formToken) {
        String currency = HtmlPages.escape(payment.currency());
        List<InstallmentView> shown = options != null ? options
                : List.of(new InstallmentView(1, payment.amount(), payment.amount(), payment.currency()));
        String radios = radios(texts, shown, currency);
        boolean saved = !offer.cards().isEmpty();
        return HtmlPages.page(texts, texts.get("card.title"), "<p>" + HtmlPages.escape(payment.paymentNumber())
                + "</p><p class=amount>" + payment.amount() + " " + currency + "</p>"
                + SavedCardForms.render(texts, payment, offer, formToken)
                + (saved ? "<h2>" + texts.get("card.new.title") + "</h2>" : "")
                + "<form method=post autocomplete=on data-installments=\"" + HtmlPages.escape(installmentsUrl) + '"'
                + " data-currency=\"" + currency + "\" data-single=\"" + raw(texts, "card.installments.single")
                + "\" data-option=\"" + raw(texts, "card.installments.option") + "\" data-pay=\""
                + raw(texts, "card.pay") + "\" data-found=\"" + texts.get("card.installments.found")
                + "\" data-none=\"" + texts.get("card.installments.none") + "\">"
                + "<label>" + texts.get("card.holder")
                + "<input name=card_holder_name autocomplete=cc-name maxlength=60 required></label>"
                + "<label>" + texts.get("card.number") + "<input name=card_number autocomplete=cc-number "
                + "inputmode=numeric pattern=\"[0-9 \\-]{12,23}\" required aria-describedby=installment-status"
                + (bin == null ? "" : " value=\"" + HtmlPages.escape(bin) + '"') + "></label>"
                + "<fieldset><legend>" + texts.get("card.installments") + "</legend>"
                + "<p id=installment-status role=status>" + (status == null ? texts.get("card.installments.hint")
                : status) + "</p><div id=installment-options>" + radios + "</div>"
                + "<button id=show-installments name=action value=installments formnovalidate>"
                + texts.get("card.installments.show") + "</button></fieldset>"
                + "<label>" + texts.get("card.expiry_month") + "<input name=card_expiry_month "
                + "autocomplete=cc-exp-month inputmode=numeric pattern=\"[0-9]{1,2}\" placeholder=\""
                + texts.get("card.expiry_month.placeholder") + "\" required></label>"
                + "<label>" + texts.get("card.expiry_year") + "<input name=card_expiry_year "
                + "autocomplete=cc-exp-year inputmode=numeric pattern=\"[0-9]{2}|[0-9]{4}\" placeholder=\""
                + texts.get("card.expiry_year.placeholder") + "\" required></label>"
                + "<label>" + texts.get("card.cvv") + "<input name=card_cvv autocomplete=cc-csc inputmode=numeric "
                + "pattern=\"[0-9]{3,4}\" required></label>"
                + (offer.canKeep() ? SavedCardForms.keepBox(texts, formToken) : "")
                + "<button id=pay name=action value=pay>" + texts.get("card.pay", payment.amount(), currency)
                + "</button></form><script src=\"" + HtmlPages.escape(scriptUrl) + "\" defer></script>");
    }

    /** The installment options as a radio group, the single payment chosen. */
    static String radios(HtmlPages.Texts texts, List<InstallmentView> options, String currency) {
        StringBuilder radios = new StringBuilder();
        for (InstallmentView option : options) {
            radios.append("<label class=choice><input type=radio name=installment_count value=").append(option.count())
                    .append(" data-total=\"").append(HtmlPages.escape(option.total())).append('"')
                    .append(option.count() == 1 ? " checked" : "").append("> ")
                    .append(option.count() == 1 ? texts.get("card.installments.single", option.total(), currency)
                            : texts.get("card.installments.option", String.valueOf(option.count()),
                            option.monthly(), currency, option.total()))
                    .append("</label>");
        }
        return radios.toString();
    }

    /** A text's pattern as it is, for the script to fill in ({@code {0}}, {@code {1}}…). */
    private static String raw(HtmlPages.Texts texts, String key) {
        return HtmlPages.escape(texts.bundle().getString(key));
    }
}
