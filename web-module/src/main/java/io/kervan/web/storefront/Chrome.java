package io.kervan.web.storefront;

/**
 * The storefront's frame around every page: which section of the navigation is current and how many items the
 * header says the cart holds.
 */
public record Chrome(Section section, int cartCount) {

    /** The navigation's sections; {@code NONE} for pages outside them. */
    public enum Section {
        HOME, PRODUCTS, ESIM, CART, TRACK, NONE
    }

    public boolean current(Section candidate) {
        return section == candidate;
    }
}
