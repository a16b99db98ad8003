package io.kervan.shared.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, numbered from 1. */
public record Page<T>(List<T> items, int page, int pageSize, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, pageSize, total);
    }

    public int pageCount() {
        return (int) ((total + pageSize - 1) / pageSize);
    }
}
