package io.kervan.payments.application;

import io.kervan.integrations.domain.CredentialVault;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.Secret;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.payments.domain.CardOwner;
import io.kervan.payments.domain.PaymentError;
import io.kervan.payments.domain.SavedCard;
import io.kervan.payments.domain.SavedCards;
import io.kervan.payments.provider.KeptCard;
import io.kervan.payments.provider.PaymentProviders;
import io.kervan.payments.provider.StoredCard;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * A customer's saved cards in this shop: listed, and deleted at the provider first, then here. A card is only ever
 * found as its own customer's: another customer's id, or another shop's, is "not found" and nothing happens.
 * Tokens are sealed by the shop's credential vault and opened only to be sent to the provider.
 */
@Stateless
public class SavedCardService {

    @Inject
    SavedCards cards;

    @Inject
    CredentialVault vault;

    @Inject
    PaymentProviders providers;

    @Inject
    IntegrationRegistry integrations;

    public List<SavedCardView> ofCustomer(UUID customerId) {
        return cards.ofCustomer(customerId).stream().map(SavedCardView::of).toList();
    }

    /**
     * Deletes the card at its provider, then Kervan's row. A provider that does not answer (503) or refuses (502)
     * leaves the card saved, here and there; a provider that no longer knows the card has it deleted already, which
     * its adapter treats as done. A card whose integration is gone has nobody to ask and is only deleted here.
     */
    public void delete(UUID customerId, UUID cardId) {
        SavedCard card = own(customerId, cardId);
        ProviderAccount account = integrations.account(card.integrationId()).orElse(null);
        if (account != null) {
            providers.of(card.providerType()).forgetCard(stored(card), account);
        }
        cards.remove(card);
    }

    /** The customer's card as the provider knows it, when it is theirs and was kept through {@code integrationId}. */
    public StoredCardChoice choose(UUID customerId, UUID integrationId, UUID cardId) {
        SavedCard card = cards.find(cardId).filter(c -> c.isOf(customerId, integrationId))
                .orElseThrow(() -> notFound(cardId));
        return new StoredCardChoice(stored(card), card.face().bin());
    }

    /** A stored card and the BIN its installments are found by. */
    public record StoredCardChoice(StoredCard card, String bin) {
    }

    /** The cards a checkout through {@code integrationId} can offer the customer. */
    public List<SavedCardView> usable(UUID customerId, UUID integrationId) {
        return cards.ofCustomer(customerId, integrationId).stream().map(SavedCardView::of).toList();
    }

    /** The provider's key for the customer at this integration, from an earlier card; null before the first. */
    public String ownerKey(UUID customerId, UUID integrationId) {
        return cards.owner(customerId, integrationId).map(o -> vault.open(o.key()).reveal()).orElse(null);
    }

    /**
     * Keeps what the provider said about a card it kept for the customer: the owner key the first time, and the card,
     * unless the customer has it already (the provider answered the same token again).
     */
    public void keep(UUID customerId, ProviderAccount account, KeptCard kept, String label) {
        StoredCard stored = kept.stored();
        if (cards.owner(customerId, account.integrationId()).isEmpty()) {
            cards.addOwner(new CardOwner(customerId, account.integrationId(),
                    vault.seal(Secret.of(stored.ownerKey()))));
        }
        boolean known = cards.ofCustomer(customerId, account.integrationId()).stream()
                .anyMatch(c -> vault.open(c.cardToken()).reveal().equals(stored.cardToken()));
        if (!known) {
            cards.add(new SavedCard(customerId, account.integrationId(), account.providerType(),
                    vault.seal(Secret.of(stored.ownerKey())), vault.seal(Secret.of(stored.cardToken())),
                    new SavedCard.Face(kept.brand(), kept.bin(), kept.lastFour(), kept.expiryMonth(),
                            kept.expiryYear(), label)));
        }
    }

    private SavedCard own(UUID customerId, UUID cardId) {
        return cards.find(cardId).filter(c -> c.isOf(customerId)).orElseThrow(() -> notFound(cardId));
    }

    private StoredCard stored(SavedCard card) {
        return new StoredCard(vault.open(card.ownerKey()).reveal(), vault.open(card.cardToken()).reveal());
    }

    private static KervanException notFound(UUID cardId) {
        return new KervanException(PaymentError.SAVED_CARD_NOT_FOUND, "You have no saved card " + cardId
                + " in this shop; nothing was changed or charged");
    }
}
