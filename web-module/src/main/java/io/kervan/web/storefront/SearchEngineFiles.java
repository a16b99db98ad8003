package io.kervan.web.storefront;

import io.kervan.catalog.application.ProductCatalog;
import io.kervan.tenancy.application.ShopAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Each shop's {@code robots.txt} (everything but the pages about one shopper's orders and account may be crawled;
 * the cart and checkout are open to crawlers, who only ever see them empty, so that they may stay indexable pages
 * with a canonical address; where the sitemap is)
 * and {@code sitemap.xml} (the front page, the listing, the eSIM finder, tracking and every product on sale), on the
 * shop's own address.
 */
@WebServlet({"/robots.txt", "/sitemap.xml"})
public class SearchEngineFiles extends HttpServlet {

    /** A sitemap file holds at most 50,000 addresses; a few are the fixed pages. */
    private static final int MAX_PRODUCTS = 49_990;

    @Inject
    ProductCatalog catalog;

    @Inject
    ShopAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body;
        if (request.getServletPath().equals("/robots.txt")) {
            response.setContentType("text/plain;charset=UTF-8");
            body = "User-agent: *\nDisallow: /orders/\nDisallow: /account\n"
                    + "Disallow: /lang\nDisallow: /api/\n\nSitemap: " + address.link("/sitemap.xml") + "\n";
        } else {
            response.setContentType("application/xml;charset=UTF-8");
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (String path : new String[]{"/", "/products", "/esim", "/track"}) {
                xml.append("<url><loc>").append(address.link(path)).append("</loc></url>\n");
            }
            for (UUID id : catalog.idsForSale(MAX_PRODUCTS)) {
                xml.append("<url><loc>").append(address.link("/products/" + id)).append("</loc></url>\n");
            }
            body = xml.append("</urlset>\n").toString();
        }
        response.setHeader("Cache-Control", "public, max-age=300");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
