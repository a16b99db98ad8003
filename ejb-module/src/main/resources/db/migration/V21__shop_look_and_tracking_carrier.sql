-- How a shop's pages look (staff edit it through /api/staff/shop/): a logo and a primary colour, both optional
-- (null is Kervan's default theme). The shop's name and language were already here.
alter table tenants
    add column logo_url      varchar(500),
    add column primary_color varchar(7) check (primary_color ~ '^#[0-9a-f]{6}$');

-- Public tracking now shows the carrier too, so a change to it must empty the nodes' tracking caches like any other
-- column tracking shows (V15).
drop trigger orders_tracking_changed on orders;

create trigger orders_tracking_changed
    after update on orders
    for each row
    when (old.status is distinct from new.status
        or old.payment_status is distinct from new.payment_status
        or old.tracking_number is distinct from new.tracking_number
        or old.shipping_carrier is distinct from new.shipping_carrier
        or old.shipped_at is distinct from new.shipped_at
        or old.delivered_at is distinct from new.delivered_at
        or old.created_at is distinct from new.created_at
        or old.total is distinct from new.total
        or old.currency is distinct from new.currency
        or old.order_number is distinct from new.order_number
        or old.tenant_id is distinct from new.tenant_id)
execute function announce_order_tracking_change();

-- The storefront's home page shows a shop's newest products.
create index products_newest on products (tenant_id, created_at desc, id) where active;
