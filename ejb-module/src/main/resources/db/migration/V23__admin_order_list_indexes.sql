-- The admin panel's order list filters by payment status and sorts by total; like the other filters (V2) each gets
-- an index that leads with the shop, so a page and its bounded count walk the index and stop rather than read every
-- order of a large shop.
create index orders_by_tenant_payment_status on orders (tenant_id, payment_status, created_at desc);
create index orders_by_tenant_total on orders (tenant_id, total desc, id desc);
