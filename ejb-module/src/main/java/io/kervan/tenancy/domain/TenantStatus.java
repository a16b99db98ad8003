package io.kervan.tenancy.domain;

public enum TenantStatus {
    /** The storefront and API answer on the tenant's subdomain. */
    ACTIVE,
    /** Every request to the subdomain is answered as if the tenant did not exist; data is kept. */
    SUSPENDED
}
