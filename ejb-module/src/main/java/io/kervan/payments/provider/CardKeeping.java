package io.kervan.payments.provider;

/**
 * The shopper asked the provider to keep the card they are paying with, for their next checkout in this shop.
 *
 * @param customerRef Kervan's own unique value for the customer (their id, never their email), which a provider that
 *                    names its customers by the merchant's value (PAYNET's {@code user_unique_id}) is sent the first
 *                    time
 * @param ownerKey    the provider's key for this customer, from an earlier saved card (PAYNET's
 *                    {@code card_owner_id}, iyzico's {@code cardUserKey}), so the card joins the same provider user;
 *                    null the first time
 * @param label       a name for the card at the provider (PAYNET's {@code card_desc}, iyzico's {@code cardAlias})
 */
public record CardKeeping(String customerRef, String ownerKey, String label) {

    @Override
    public String toString() {
        return "CardKeeping[" + label + (ownerKey == null ? ", first card" : ", owner key withheld") + "]";
    }
}
