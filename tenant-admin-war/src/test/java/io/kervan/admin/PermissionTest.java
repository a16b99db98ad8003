package io.kervan.admin;

import io.kervan.identity.domain.StaffRole;
import io.kervan.web.cart.CouponsResource;
import io.kervan.web.catalog.ShippingMethodsResource;
import io.kervan.web.catalog.StaffProductsResource;
import io.kervan.web.escrow.EscrowResource;
import io.kervan.web.escrow.OrderEscrowResource;
import io.kervan.web.esim.EsimCatalogueResource;
import io.kervan.web.esim.OrderEsimsResource;
import io.kervan.web.identity.StaffMembersResource;
import io.kervan.web.integrations.IntegrationsResource;
import io.kervan.web.orders.OrdersResource;
import io.kervan.web.payments.PaymentsResource;
import io.kervan.web.shop.ShopSettingsResource;
import io.kervan.web.webhooks.WebhooksResource;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The panel's permissions are the API's role rules: each is the {@code @RolesAllowed} of the endpoint that does the
 * same (on the method, else on the class), read from the API's own classes, less the customer role.
 */
class PermissionTest {

    private static final Map<Permission, Method> ENDPOINTS = new EnumMap<>(Permission.class);

    static {
        ENDPOINTS.put(Permission.SEE_ORDERS, method(OrdersResource.class, "show"));
        ENDPOINTS.put(Permission.MOVE_ORDERS, method(OrdersResource.class, "change"));
        ENDPOINTS.put(Permission.REFUND, method(PaymentsResource.class, "refund"));
        ENDPOINTS.put(Permission.RETRY_FULFILLMENT, method(OrderEsimsResource.class, "retry"));
        ENDPOINTS.put(Permission.RESEND_ESIM_EMAIL, method(OrderEsimsResource.class, "resendEmail"));
        ENDPOINTS.put(Permission.SEE_CATALOG, method(StaffProductsResource.class, "list"));
        ENDPOINTS.put(Permission.CHANGE_PRODUCTS, method(StaffProductsResource.class, "add"));
        ENDPOINTS.put(Permission.MANAGE_SHIPPING, method(ShippingMethodsResource.class, "add"));
        ENDPOINTS.put(Permission.MANAGE_COUPONS, method(CouponsResource.class, "add"));
        ENDPOINTS.put(Permission.MANAGE_INTEGRATIONS, method(IntegrationsResource.class, "create"));
        ENDPOINTS.put(Permission.SEE_WEBHOOK_LOG, method(WebhooksResource.class, "recent"));
        ENDPOINTS.put(Permission.MANAGE_ESIM, method(EsimCatalogueResource.class, "sync"));
        ENDPOINTS.put(Permission.MANAGE_STAFF, method(StaffMembersResource.class, "list"));
        ENDPOINTS.put(Permission.SEE_ESCROW, method(EscrowResource.class, "list"));
        ENDPOINTS.put(Permission.MOVE_ESCROW, method(OrderEscrowResource.class, "release"));
        ENDPOINTS.put(Permission.SHOP_SETTINGS, method(ShopSettingsResource.class, "show"));
    }

    @Test
    void every_permission_allows_exactly_the_staff_roles_its_api_endpoint_allows() {
        assertThat(ENDPOINTS.keySet()).containsExactlyInAnyOrder(Permission.values());
        ENDPOINTS.forEach((permission, endpoint) -> assertThat(permission.roles())
                .as(permission + " against " + endpoint.getDeclaringClass().getSimpleName() + "." + endpoint.getName())
                .isEqualTo(staffRoles(endpoint)));
    }

    @Test
    void a_staff_member_sees_no_integrations_staff_or_settings_in_the_menu() {
        assertThat(Arrays.stream(Section.values()).filter(s -> s.openTo(StaffRole.STAFF)))
                .containsExactly(Section.DASHBOARD, Section.ORDERS, Section.CATALOG, Section.ESCROW);
        assertThat(Arrays.stream(Section.values()).filter(s -> s.openTo(StaffRole.ADMIN)))
                .containsExactly(Section.values());
    }

    private static Set<StaffRole> staffRoles(Method endpoint) {
        RolesAllowed allowed = endpoint.getAnnotation(RolesAllowed.class) != null
                ? endpoint.getAnnotation(RolesAllowed.class)
                : endpoint.getDeclaringClass().getAnnotation(RolesAllowed.class);
        assertThat(allowed).as(endpoint + " has @RolesAllowed").isNotNull();
        return Arrays.stream(allowed.value()).filter(role -> !role.equals("customer"))
                .map(role -> StaffRole.valueOf(role.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }

    private static Method method(Class<?> resource, String name) {
        return Arrays.stream(resource.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(resource.getSimpleName() + " has no method " + name));
    }
}
