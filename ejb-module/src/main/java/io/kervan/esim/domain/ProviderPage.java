package io.kervan.esim.domain;

import java.util.List;

/** One page of a list eSIM Go pages (its catalogue, its orders); {@code pageCount} is 0 when eSIM Go gave none. */
public record ProviderPage<T>(List<T> items, int pageCount) {

    public ProviderPage {
        items = List.copyOf(items);
    }
}
