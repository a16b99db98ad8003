package io.kervan.admin;

import io.kervan.webkit.assets.AssetServlet;
import io.kervan.webkit.assets.Assets;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** The panel's CSS and scripts at {@code /admin/assets/}, under addresses that change with their content. */
@WebServlet("/assets/*")
public class AdminAssets extends AssetServlet {

    @Inject
    AdminPanel panel;

    @Override
    protected Assets assets() {
        return panel.assets();
    }
}
