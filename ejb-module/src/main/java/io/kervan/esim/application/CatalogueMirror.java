package io.kervan.esim.application;

import io.kervan.catalog.application.MirroredCatalogue;
import io.kervan.catalog.application.MirroredProduct;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.esim.domain.Bundle;
import io.kervan.esim.domain.CatalogueSync.Counts;
import io.kervan.esim.domain.CatalogueSyncs;
import io.kervan.esim.domain.EsimBundle;
import io.kervan.esim.domain.EsimBundles;
import io.kervan.shared.domain.Money;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a fetched catalogue into the shop, all of it or nothing, in one transaction that syncs of the same shop take
 * in turn: each bundle is kept as an {@link EsimBundle} and sold by a digital product whose SKU is its name and whose
 * price is the shop's {@code MarkupRule} applied to its cost; a bundle no longer offered is withdrawn and its product
 * taken off sale; one that comes back goes back on sale.
 */
@Stateless
public class CatalogueMirror {

    /** SKUs (bundle names) are at most this long; eSIM Go's are far shorter. */
    static final int MAX_NAME = 64;

    @Inject
    EsimBundles bundles;

    @Inject
    CatalogueSyncs syncs;

    @Inject
    ProductCatalog catalog;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Counts apply(EsimGoSettings settings, List<Bundle> fetched, int pages, Duration interval) {
        bundles.lockForSync();
        Map<String, EsimBundle> known = bundles.all().stream()
                .collect(Collectors.toMap(EsimBundle::name, Function.identity()));
        String currency = settings.currency().getCurrencyCode();
        List<Bundle> taken = new ArrayList<>();
        List<MirroredProduct> offered = new ArrayList<>();
        Set<String> returning = new HashSet<>();
        for (Bundle bundle : fetched) {
            Money price = price(settings, bundle);
            if (price == null) {
                continue;
            }
            taken.add(bundle);
            offered.add(new MirroredProduct(bundle.name(), productName(bundle), productDescription(bundle), price));
            EsimBundle before = known.get(bundle.name());
            if (before != null && !before.isOffered()) {
                returning.add(bundle.name());
            }
        }
        Set<String> takenNames = taken.stream().map(Bundle::name).collect(Collectors.toSet());
        Set<String> withdrawn = known.values().stream()
                .filter(b -> b.isOffered() && !takenNames.contains(b.name())).map(EsimBundle::name)
                .collect(Collectors.toSet());

        MirroredCatalogue products = catalog.mirror(offered, returning, withdrawn);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Bundle bundle : taken) {
            EsimBundle kept = known.get(bundle.name());
            if (kept == null) {
                bundles.add(new EsimBundle(bundle, currency, products.productIds().get(bundle.name())));
                created++;
                continue;
            }
            boolean termsChanged = kept.offer(bundle, currency);
            if (termsChanged || products.changed().contains(bundle.name())) {
                updated++;
            } else {
                unchanged++;
            }
        }
        withdrawn.forEach(name -> known.get(name).withdraw());
        if (!interval.isZero() && !interval.isNegative()) {
            // Counted from the last sync, by hand or scheduled: the timer need not repeat one just made.
            syncs.postpone(Instant.now(), interval);
        }
        return new Counts(fetched.size(), pages, created, updated, withdrawn.size(), unchanged,
                fetched.size() - taken.size());
    }

    /**
     * Prices the shop's offered bundles again by {@code settings}' markup, from the costs its last sync saw, in the
     * caller's transaction and in turn with syncs. @return how many products' prices changed
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int reprice(EsimGoSettings settings) {
        bundles.lockForSync();
        Map<String, Money> prices = new HashMap<>();
        for (EsimBundle bundle : bundles.all()) {
            Money price = bundle.isOffered() ? price(settings, bundle.cost()) : null;
            if (price != null) {
                prices.put(bundle.name(), price);
            }
        }
        return catalog.reprice(prices);
    }

    /** The shop's price, or null for a bundle Kervan cannot sell (no usable name or price). */
    private static Money price(EsimGoSettings settings, Bundle bundle) {
        if (bundle.name().isBlank() || bundle.name().length() > MAX_NAME || bundle.price() == null
                || bundle.price().signum() < 0 || bundle.dataMb() < 0 || bundle.days() < 0) {
            return null;
        }
        return price(settings, bundle.price());
    }

    /** The shop's price for what costs {@code cost}, or null when the markup makes it more than a price can be. */
    private static Money price(EsimGoSettings settings, BigDecimal cost) {
        BigDecimal amount = settings.markup().priceFor(cost, settings.currency().getDefaultFractionDigits());
        return amount.compareTo(Money.MAX_AMOUNT) > 0 ? null
                : Money.of(amount, settings.currency().getCurrencyCode());
    }

    private static String productName(Bundle bundle) {
        String name = bundle.description().isBlank() ? bundle.name() : bundle.description().strip();
        return name.length() <= 200 ? name : name.substring(0, 200);
    }

    /** "5 GB for 7 days in Turkey", in the words a shopper reads first. */
    private static String productDescription(Bundle bundle) {
        String data = bundle.unlimited() ? "Unlimited data"
                : new BigDecimal(bundle.dataMb()).movePointLeft(3).stripTrailingZeros().toPlainString() + " GB";
        String places = bundle.countries().stream()
                .map(c -> c.name().isBlank() ? c.iso() : c.name()).collect(Collectors.joining(", "));
        return data + " for " + bundle.days() + (bundle.days() == 1 ? " day" : " days")
                + (places.isEmpty() ? "" : " in " + places);
    }
}
