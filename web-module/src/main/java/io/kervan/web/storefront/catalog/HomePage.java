package io.kervan.web.storefront.catalog;

import io.kervan.catalog.application.ProductListings;
import io.kervan.tenancy.application.ShopAddress;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.render.Meta;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/** The shop's front page: its name and logo, a search, and what it put on sale last. */
@WebServlet("")
public class HomePage extends HttpServlet {

    static final int NEWEST = 8;

    /** The page's model. */
    public record View(List<ProductCard> newest) {
    }

    @Inject
    ProductListings listings;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Inject
    ShopAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ProductCard> newest = listings.newest(NEWEST).stream().map(ProductCard::of).toList();
        String name = visit.shop().displayName();
        pages.page(response, 200, "shop/home.jte", Meta.indexed(name, visit.texts().text("home.description", name),
                address.link("/")), Chrome.Section.HOME, new View(newest));
    }
}
