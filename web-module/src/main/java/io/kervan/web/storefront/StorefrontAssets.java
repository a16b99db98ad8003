package io.kervan.web.storefront;

import io.kervan.webkit.assets.AssetServlet;
import io.kervan.webkit.assets.Assets;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** The storefront's CSS and scripts, under addresses that change with their content. */
@WebServlet("/assets/*")
public class StorefrontAssets extends AssetServlet {

    @Inject
    Storefront storefront;

    @Override
    protected Assets assets() {
        return storefront.assets();
    }
}
