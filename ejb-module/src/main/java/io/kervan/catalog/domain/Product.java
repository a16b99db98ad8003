package io.kervan.catalog.domain;

import io.kervan.shared.domain.TenantOwned;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.Money;
import io.kervan.shared.domain.StoredText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something a shop sells. Physical products count their stock; digital ones (eSIMs) have none. An inactive product
 * stays in past orders but is no longer listed or sold.
 */
@Entity
@Table(name = "products")
public class Product extends TenantOwned {

    public static final int MAX_SKU = 64;
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_STOCK = 10_000_000;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_type", nullable = false, length = 16)
    private ProductType type;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "price_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))
    private Money price;

    private Integer stock;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "image_urls", nullable = false)
    private String[] imageUrls = new String[0];

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Whether an order with this product has its money held in escrow until delivery, whatever the shop's setting. */
    @Column(nullable = false)
    private boolean escrow;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(String sku, String name, String description, ProductType type, Money price, Integer stock,
                   List<String> imageUrls) {
        super(UUID.randomUUID());
        this.sku = StoredText.requireFilled("sku", sku, MAX_SKU);
        this.name = StoredText.requireFilled("name", name, MAX_NAME);
        this.description = description == null ? "" : requireDescription(description);
        this.type = type;
        this.price = price;
        this.stock = requireStockFits(type, stock);
        this.imageUrls = imageUrls == null ? new String[0] : ProductImages.require(imageUrls);
        this.active = true;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Staff edit what they may: the SKU and the kind of product stay as they were created. */
    public void edit(String name, String description, Money price, Integer stock, List<String> imageUrls) {
        if (name != null) {
            this.name = StoredText.requireFilled("name", name, MAX_NAME);
        }
        if (description != null) {
            this.description = requireDescription(description);
        }
        if (price != null) {
            this.price = price;
        }
        if (stock != null) {
            this.stock = requireStockFits(type, stock);
        }
        if (imageUrls != null) {
            this.imageUrls = ProductImages.require(imageUrls);
        }
        updatedAt = Instant.now();
    }

    /** Whether the product already shows this name, description and price (as {@link #edit} would store them). */
    public boolean reads(String name, String description, Money price) {
        return this.name.equals(name.strip()) && this.description.equals(description == null ? "" : description.strip())
                && this.price.equals(price);
    }

    /** Puts the product's orders under escrow, or takes them out (orders already paid keep what they had). */
    public void holdPaymentsInEscrow(boolean escrow) {
        this.escrow = escrow;
        updatedAt = Instant.now();
    }

    public boolean isEscrow() {
        return escrow;
    }

    public void activate() {
        active = true;
        updatedAt = Instant.now();
    }

    public void deactivate() {
        active = false;
        updatedAt = Instant.now();
    }

    public boolean isInStock() {
        return type == ProductType.DIGITAL || stock > 0;
    }

    private static Integer requireStockFits(ProductType type, Integer stock) {
        if (type == ProductType.DIGITAL) {
            if (stock != null) {
                throw new InvalidInputException("stock", "digital products have no stock; leave stock out");
            }
            return null;
        }
        if (stock == null || stock < 0) {
            throw new InvalidInputException("stock", "physical products need a stock of 0 or more");
        }
        if (stock > MAX_STOCK) {
            throw new InvalidInputException("stock", "stock is at most " + MAX_STOCK);
        }
        return stock;
    }


    private static String requireDescription(String description) {
        return StoredText.require("description", description.strip(), MAX_DESCRIPTION);
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public ProductType type() {
        return type;
    }

    public Money price() {
        return price;
    }

    public Integer stock() {
        return stock;
    }

    public List<String> imageUrls() {
        return List.of(imageUrls);
    }

    public boolean isActive() {
        return active;
    }
}
