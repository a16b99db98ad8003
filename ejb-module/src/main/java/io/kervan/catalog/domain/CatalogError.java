package io.kervan.catalog.domain;

import io.kervan.shared.domain.ErrorCode;

/** Catalog failures. */
public final class CatalogError {

    public static final ErrorCode PRODUCT_NOT_FOUND = new ErrorCode("product_not_found", 404, "No such product");
    public static final ErrorCode SKU_TAKEN =
            new ErrorCode("sku_taken", 409, "The SKU is already used by another product");
    public static final ErrorCode OUT_OF_STOCK =
            new ErrorCode("out_of_stock", 409, "Not enough stock");
    public static final ErrorCode STOCK_RESERVATION_EXPIRED =
            new ErrorCode("stock_reservation_expired", 409, "The order took too long; nothing was ordered");
    public static final ErrorCode SHIPPING_METHOD_NOT_FOUND =
            new ErrorCode("shipping_method_not_found", 404, "No such shipping method");

    private CatalogError() {
    }
}
