package io.kervan.web.storefront.cart;

import io.kervan.catalog.application.ShippingCatalog;
import io.kervan.catalog.application.ShippingMethodView;
import io.kervan.tenancy.application.ShopAddress;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Notices;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.render.Meta;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Prices this browser's cart with the shipping method it chose (or the shop's first) and writes the cart page, or
 * only its region when htmx asked.
 */
@RequestScoped
public class CartRendering {

    @Inject
    BrowserCart cart;

    @Inject
    ShippingCatalog shipping;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Inject
    ShopAddress address;

    /** The method asked for if the shop offers it, else the shop's first (null when it has none). */
    public static UUID chosenMethod(List<ShippingMethodView> methods, Optional<UUID> wanted) {
        return wanted.filter(id -> methods.stream().anyMatch(m -> m.id().equals(id)))
                .orElse(methods.isEmpty() ? null : methods.get(0).id());
    }

    /** The page as a redirect after a post left it: with the notice or problem its address names. */
    public void showWithNotices(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(response, Notices.notice(request, visit.texts()), Notices.problem(request, visit.texts()));
    }

    /** @param notice text key of what the last change did, or null; {@code problem} why it could not */
    public void show(HttpServletResponse response, String notice, String problem) throws IOException {
        List<ShippingMethodView> methods = shipping.list(true);
        UUID chosen = chosenMethod(methods, visit.shippingMethodId());
        var priced = cart.view(chosen);
        CartView view = CartView.of(priced, methods, priced.needsShipping() ? chosen : null, notice, problem);
        if (pages.fromHtmx()) {
            pages.fragment(response, 200, "shop/cartRegion.jte", view);
        } else {
            // Indexable with its canonical address: a crawler only ever sees an empty cart (docs/storefront.md, SEO).
            Meta meta = Meta.indexed(visit.texts().text("cart.title"),
                    visit.texts().text("cart.description", visit.shop().displayName()), address.link("/cart"));
            pages.page(response, 200, "shop/cart.jte", meta, Chrome.Section.CART, view);
        }
    }
}
