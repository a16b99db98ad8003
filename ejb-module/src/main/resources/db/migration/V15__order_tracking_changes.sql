-- Every change to what public tracking shows of an order is announced on the channel order_tracking, so that each
-- node's cache of tracked orders (OrderTracking, TrackingCache) forgets it. NOTIFY is transactional: PostgreSQL
-- delivers the message only when the change commits, and never for a rollback. Being a trigger, it covers every
-- writer: the application's entities, bulk updates, jobs on other nodes and an operator's SQL alike.
--
-- The payload is '<tenant id> <order number>'. Inserts announce nothing: a new order was never cached.
create function announce_order_tracking_change() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('order_tracking', old.tenant_id::text || ' ' || old.order_number);
    return null;
end;
$$;

create trigger orders_tracking_changed
    after update on orders
    for each row
    when (old.status is distinct from new.status
        or old.payment_status is distinct from new.payment_status
        or old.tracking_number is distinct from new.tracking_number
        or old.shipped_at is distinct from new.shipped_at
        or old.delivered_at is distinct from new.delivered_at
        or old.created_at is distinct from new.created_at
        or old.total is distinct from new.total
        or old.currency is distinct from new.currency
        or old.order_number is distinct from new.order_number
        or old.tenant_id is distinct from new.tenant_id)
execute function announce_order_tracking_change();

create trigger orders_tracking_removed
    after delete on orders
    for each row
execute function announce_order_tracking_change();
