package io.kervan.catalog.application;

import io.kervan.catalog.domain.CatalogError;
import io.kervan.catalog.domain.Product;
import io.kervan.catalog.domain.Products;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.tenancy.application.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.UUID;

/** The current shop's catalog: what shoppers browse and what staff maintain. */
@Stateless
public class ProductCatalog {

    @Inject
    Products products;

    @Inject
    TenantContext tenantContext;

    public Page<ProductView> browse(String search, PageRequest page) {
        return products.listActive(search, page).map(ProductView::of);
    }

    public ProductView show(UUID id) {
        return products.find(id).filter(Product::isActive).map(ProductView::of)
                .orElseThrow(() -> notFound(id));
    }

    public ProductView add(NewProduct request) {
        if (products.skuExists(request.sku().strip())) {
            throw new KervanException(CatalogError.SKU_TAKEN,
                    "Another product already uses the SKU '" + request.sku().strip() + "'");
        }
        String currency = request.currency() == null ? tenantContext.require().defaultCurrency() : request.currency();
        Product product = new Product(request.sku(), request.name(), request.description(), request.type(),
                Money.of(request.price(), currency), request.stock());
        products.add(product);
        return ProductView.of(product);
    }

    public ProductView deactivate(UUID id) {
        Product product = products.find(id).orElseThrow(() -> notFound(id));
        product.deactivate();
        return ProductView.of(product);
    }

    private static KervanException notFound(UUID id) {
        return new KervanException(CatalogError.PRODUCT_NOT_FOUND, "This shop has no product with the id " + id);
    }
}
