package io.kervan.catalog.domain;

import io.kervan.shared.domain.ErrorCode;

import java.util.Locale;

public enum CatalogError implements ErrorCode {
    PRODUCT_NOT_FOUND(404, "No such product"),
    SKU_TAKEN(409, "The SKU is already used by another product");

    private final int httpStatus;
    private final String title;

    CatalogError(int httpStatus, String title) {
        this.httpStatus = httpStatus;
        this.title = title;
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String title() {
        return title;
    }
}
