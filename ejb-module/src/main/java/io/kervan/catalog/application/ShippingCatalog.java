package io.kervan.catalog.application;

import io.kervan.catalog.domain.CatalogError;
import io.kervan.catalog.domain.ShippingMethod;
import io.kervan.catalog.domain.ShippingMethods;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import io.kervan.tenancy.application.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** The current shop's shipping methods. */
@Stateless
public class ShippingCatalog {

    @Inject
    ShippingMethods methods;

    @Inject
    TenantContext tenantContext;

    public List<ShippingMethodView> list(boolean activeOnly) {
        return methods.list(activeOnly).stream().map(ShippingMethodView::of).toList();
    }

    /** An active method shoppers may choose, or a 404 problem naming the id. */
    public ShippingMethodView active(UUID id) {
        return methods.find(id).filter(ShippingMethod::isActive).map(ShippingMethodView::of)
                .orElseThrow(() -> notFound(id));
    }

    /** Any method of the shop, in use or not: what staff open to edit. */
    public ShippingMethodView show(UUID id) {
        return methods.find(id).map(ShippingMethodView::of).orElseThrow(() -> notFound(id));
    }

    /** What choosing this active method costs, for carts and orders. */
    public ShippingQuote quote(UUID id) {
        return methods.find(id).filter(ShippingMethod::isActive)
                .map(m -> new ShippingQuote(m.id(), m.name(), m.carrier(), m.price()))
                .orElseThrow(() -> notFound(id));
    }

    public ShippingMethodView add(ShippingMethodDetails details) {
        ShippingMethod method = new ShippingMethod(details.name(), details.carrier(), price(details),
                details.minDays(), details.maxDays());
        methods.add(method);
        return ShippingMethodView.of(method);
    }

    public ShippingMethodView change(UUID id, ShippingMethodDetails details) {
        ShippingMethod method = methods.find(id).orElseThrow(() -> notFound(id));
        method.change(details.name(), details.carrier(), price(details), details.minDays(), details.maxDays());
        if (Boolean.FALSE.equals(details.active())) {
            method.deactivate();
        } else if (Boolean.TRUE.equals(details.active())) {
            method.activate();
        }
        return ShippingMethodView.of(method);
    }

    public ShippingMethodView deactivate(UUID id) {
        ShippingMethod method = methods.find(id).orElseThrow(() -> notFound(id));
        method.deactivate();
        return ShippingMethodView.of(method);
    }

    private Money price(ShippingMethodDetails details) {
        return Money.of(details.price(),
                details.currency() == null ? tenantContext.require().defaultCurrency() : details.currency());
    }

    private static KervanException notFound(UUID id) {
        return new KervanException(CatalogError.SHIPPING_METHOD_NOT_FOUND,
                "This shop has no shipping method with the id " + id);
    }
}
