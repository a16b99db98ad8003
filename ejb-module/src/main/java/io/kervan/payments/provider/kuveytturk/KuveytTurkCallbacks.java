package io.kervan.payments.provider.kuveytturk;

import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.shared.domain.Money;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the {@code AuthenticationResponse} the bank has the shopper's browser post to Kervan after 3-D Secure. It is
 * untrusted: it must be about this very payment (MerchantOrderId, amount in minor units, currency) before its MD is
 * worth a provision call, and anything that does not fit changes nothing ({@code PENDING}). A failed 3-D Secure
 * about this payment is a decline. The bank sends it URL-encoded; plain XML is read too.
 */
final class KuveytTurkCallbacks {

    /** Either an outcome to record now, or the MD to provision with. */
    record Verdict(ProviderOutcome outcome, String md) {
    }

    private KuveytTurkCallbacks() {
    }

    static Verdict check(String authenticationResponse, String merchantOrderId, Money amount) {
        if (authenticationResponse == null || authenticationResponse.isBlank()) {
            return ignored("the post carried no AuthenticationResponse");
        }
        XmlNode response;
        try {
            response = XmlNode.parse(decoded(authenticationResponse));
        } catch (IllegalArgumentException e) {
            return ignored("the AuthenticationResponse is not XML");
        }
        String order = response.text("MerchantOrderId") != null ? response.text("MerchantOrderId")
                : response.text("VPosMessage", "MerchantOrderId");
        if (!merchantOrderId.equals(order)) {
            return ignored("the AuthenticationResponse is about another order");
        }
        String code = response.text("ResponseCode");
        if (!"00".equals(code)) {
            return new Verdict(new ProviderOutcome(ProviderOutcome.Result.DECLINED, amount, "3-D Secure failed: "
                    + KuveytTurkProvider.describe(code, response.text("ResponseMessage"))), null);
        }
        if (!sameAmount(response.text("VPosMessage", "Amount"), amount)
                || !amount.currency().equals(KuveytTurkMessages.isoCurrency(
                response.text("VPosMessage", "CurrencyCode")))) {
            return ignored("the AuthenticationResponse does not match the payment's amount and currency");
        }
        String md = response.text("MD");
        return md == null ? ignored("the AuthenticationResponse carries no MD") : new Verdict(null, md);
    }

    private static boolean sameAmount(String minor, Money amount) {
        return minor != null && minor.matches("\\d{1,15}")
                && Long.parseLong(minor) == KuveytTurkMessages.minorUnits(amount);
    }

    private static String decoded(String value) {
        String text = value.strip();
        return text.startsWith("<") ? text : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static Verdict ignored(String why) {
        return new Verdict(new ProviderOutcome(ProviderOutcome.Result.PENDING, null,
                "callback ignored: " + why), null);
    }
}
