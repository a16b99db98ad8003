package io.kervan.catalog.domain;

import io.kervan.shared.domain.ErrorCode;

/** Catalog failures. */
public final class CatalogError {

    public static final ErrorCode PRODUCT_NOT_FOUND = new ErrorCode("product_not_found", 404, "No such product");
    public static final ErrorCode SKU_TAKEN =
            new ErrorCode("sku_taken", 409, "The SKU is already used by another product");

    private CatalogError() {
    }
}
