package io.kervan.admin;

import io.kervan.identity.domain.StaffRole;

import java.util.EnumSet;
import java.util.Set;

import static io.kervan.identity.domain.StaffRole.ADMIN;
import static io.kervan.identity.domain.StaffRole.OWNER;
import static io.kervan.identity.domain.StaffRole.STAFF;

/**
 * What a member may do in the panel, by role: the API's own rules, each the {@code @RolesAllowed} of the endpoint
 * named beside it ({@code PermissionTest} holds them to the annotations). Every page and every form checks its
 * permission on the server; the menu only hides what a member could not open anyway.
 */
public enum Permission {
    /** {@code GET /api/orders/}, {@code GET /api/orders/{id}/}, {@code GET /api/payments/}. */
    SEE_ORDERS(OWNER, ADMIN, STAFF),
    /** {@code PATCH /api/orders/{id}/}. */
    MOVE_ORDERS(OWNER, ADMIN, STAFF),
    /** {@code POST /api/payments/{id}/refund/}. */
    REFUND(OWNER, ADMIN),
    /** {@code POST /api/orders/{id}/fulfillment/retry/}. */
    RETRY_FULFILLMENT(OWNER, ADMIN, STAFF),
    /** {@code POST /api/orders/{id}/fulfillment/resend-email/}. */
    RESEND_ESIM_EMAIL(OWNER, ADMIN, STAFF),
    /** {@code /api/staff/products/}. */
    SEE_CATALOG(OWNER, ADMIN, STAFF),
    /** {@code POST}, {@code PATCH} and {@code DELETE /api/staff/products/}: every member, as the API allows. */
    CHANGE_PRODUCTS(OWNER, ADMIN, STAFF),
    /** {@code POST}, {@code PATCH} and {@code DELETE /api/staff/shipping-methods/}. */
    MANAGE_SHIPPING(OWNER, ADMIN),
    /** {@code /api/staff/coupons/}: seeing them too, with their use counts. */
    MANAGE_COUPONS(OWNER, ADMIN),
    /** {@code /api/integrations/}. */
    MANAGE_INTEGRATIONS(OWNER, ADMIN),
    /** {@code GET /api/webhooks/{provider}/{integration_id}/}. */
    SEE_WEBHOOK_LOG(OWNER, ADMIN),
    /** {@code POST /api/esim/catalogue/sync/}. */
    MANAGE_ESIM(OWNER, ADMIN),
    /** {@code /api/staff/members/}. */
    MANAGE_STAFF(OWNER, ADMIN),
    /** {@code GET /api/escrow/}, {@code GET /api/orders/{id}/escrow/}. */
    SEE_ESCROW(OWNER, ADMIN, STAFF),
    /** {@code POST /api/orders/{id}/escrow/dispute/} and {@code …/release/}. */
    MOVE_ESCROW(OWNER, ADMIN),
    /** {@code /api/staff/shop/}. */
    SHOP_SETTINGS(OWNER, ADMIN);

    private final Set<StaffRole> roles;

    Permission(StaffRole first, StaffRole... others) {
        this.roles = EnumSet.of(first, others);
    }

    public boolean allows(StaffRole role) {
        return roles.contains(role);
    }

    public Set<StaffRole> roles() {
        return EnumSet.copyOf(roles);
    }
}
