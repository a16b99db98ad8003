-- Stock taken for an order that is being written. Taking stock and writing the order are two transactions: the
-- first (committed without waiting for the disk) takes the product rows' locks for a moment and records what it took
-- here; the order's own transaction deletes these rows as it commits. Rows left behind (the order failed, or the node
-- stopped between the two) give their stock back: at once when the failure is seen, else by a timer after
-- kervan.orders.stock-reservation-timeout.
create table stock_reservations (
    reservation_id uuid        not null,
    product_id     uuid        not null references products (id),
    tenant_id      uuid        not null references tenants (id),
    quantity       integer     not null check (quantity > 0),
    created_at     timestamptz not null default now(),
    primary key (reservation_id, product_id)
);

create index stock_reservations_created_at on stock_reservations (created_at);
