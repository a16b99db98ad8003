-- Every change to what a product's storefront page shows is announced on the channel product_page, so that each
-- node's cache of product pages (ProductPageCache) forgets it; as V15 does for tracking, and for the same reasons
-- (transactional, covers every writer). The page shows stock only from ten down ("only n left" from five, the
-- quantity choice up to ten: ProductCard), so an order that takes stock from a product with more than ten left, which
-- is most orders, announces nothing and checkout pays nothing for the cache.
--
-- The payload is '<tenant id> <product id>'. Inserts announce nothing: a new product was never cached.
create function announce_product_page_change() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('product_page', old.tenant_id::text || ' ' || old.id::text);
    return null;
end;
$$;

create trigger products_page_changed
    after update on products
    for each row
    when (old.name is distinct from new.name
        or old.description is distinct from new.description
        or old.sku is distinct from new.sku
        or old.product_type is distinct from new.product_type
        or old.price_amount is distinct from new.price_amount
        or old.price_currency is distinct from new.price_currency
        or old.image_urls is distinct from new.image_urls
        or old.active is distinct from new.active
        or old.tenant_id is distinct from new.tenant_id
        or (old.stock is distinct from new.stock
            and (old.stock is null or new.stock is null or old.stock <= 10 or new.stock <= 10)))
execute function announce_product_page_change();

create trigger products_page_removed
    after delete on products
    for each row
execute function announce_product_page_change();
