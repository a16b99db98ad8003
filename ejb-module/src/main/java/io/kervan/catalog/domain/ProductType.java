package io.kervan.catalog.domain;

public enum ProductType {
    /** Shipped; stock is counted. */
    PHYSICAL,
    /** Delivered electronically (e.g. an eSIM); no stock is counted. */
    DIGITAL
}
