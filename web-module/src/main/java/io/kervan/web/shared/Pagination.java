package io.kervan.web.shared;

import io.kervan.shared.domain.Page;

/** The paging block of every list response. */
public record Pagination(int page, int pageSize, long total, int pageCount) {

    public static Pagination of(Page<?> page) {
        return new Pagination(page.page(), page.pageSize(), page.total(), page.pageCount());
    }
}
