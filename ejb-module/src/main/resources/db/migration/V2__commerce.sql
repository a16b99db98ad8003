-- Shopping: shipping methods, product images, carts, coupons, orders with their history, idempotency keys,
-- and the durable job queue that sends mail after commits.

alter table products add column image_urls text[] not null default '{}';

create table shipping_methods (
    id               uuid primary key,
    tenant_id        uuid          not null references tenants (id),
    name             varchar(120)  not null,
    carrier          varchar(80)   not null,
    price_amount     numeric(19, 4) not null check (price_amount >= 0),
    price_currency   varchar(3)    not null,
    min_days         integer       not null check (min_days >= 0),
    max_days         integer       not null check (max_days >= min_days),
    active           boolean       not null,
    created_at       timestamptz   not null,
    version          bigint        not null default 0
);
create index shipping_methods_by_tenant on shipping_methods (tenant_id, active);

create table carts (
    id          uuid primary key,
    tenant_id   uuid        not null references tenants (id),
    customer_id uuid        references customers (id),
    coupon_code varchar(40),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0
);
create unique index carts_one_per_customer on carts (tenant_id, customer_id) where customer_id is not null;

create table cart_lines (
    id         uuid primary key,
    tenant_id  uuid    not null references tenants (id),
    cart_id    uuid    not null references carts (id) on delete cascade,
    product_id uuid    not null references products (id),
    quantity   integer not null check (quantity > 0),
    unique (cart_id, product_id)
);

create table coupons (
    id                    uuid primary key,
    tenant_id             uuid          not null references tenants (id),
    code                  varchar(40)   not null,
    kind                  varchar(16)   not null check (kind in ('PERCENTAGE', 'FIXED_AMOUNT')),
    percentage            numeric(5, 2) check (percentage > 0 and percentage <= 100),
    amount                numeric(19, 4) check (amount > 0),
    currency              varchar(3),
    min_order_amount      numeric(19, 4) not null default 0 check (min_order_amount >= 0),
    valid_from            timestamptz,
    valid_until           timestamptz,
    max_uses              integer check (max_uses > 0),
    max_uses_per_customer integer check (max_uses_per_customer > 0),
    used_count            integer       not null default 0 check (used_count >= 0),
    active                boolean       not null,
    created_at            timestamptz   not null,
    version               bigint        not null default 0,
    unique (tenant_id, code),
    check ((kind = 'PERCENTAGE') = (percentage is not null)),
    check ((kind = 'FIXED_AMOUNT') = (amount is not null and currency is not null)),
    check (max_uses is null or used_count <= max_uses)
);

create table orders (
    id                    uuid primary key,
    tenant_id             uuid          not null references tenants (id),
    order_number          varchar(100)  not null unique,
    customer_id           uuid          references customers (id),
    customer_email        varchar(254)  not null,
    customer_first_name   varchar(80)   not null,
    customer_last_name    varchar(80)   not null,
    customer_phone        varchar(20),
    address_line1         varchar(200),
    address_line2         varchar(200),
    city                  varchar(100),
    postal_code           varchar(20),
    country               varchar(2),
    shipping_method_id    uuid          references shipping_methods (id),
    shipping_method_name  varchar(120),
    shipping_carrier      varchar(80),
    currency              varchar(3)    not null,
    subtotal              numeric(19, 4) not null check (subtotal >= 0),
    discount              numeric(19, 4) not null check (discount >= 0),
    shipping_cost         numeric(19, 4) not null check (shipping_cost >= 0),
    total                 numeric(19, 4) not null check (total >= 0),
    coupon_id             uuid          references coupons (id),
    coupon_code           varchar(40),
    status                varchar(16)   not null,
    payment_status        varchar(24)   not null,
    tracking_number       varchar(64),
    shipped_at            timestamptz,
    delivered_at          timestamptz,
    expires_at            timestamptz,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null default 0
);
create index orders_by_tenant_created on orders (tenant_id, created_at desc);
create index orders_by_tenant_status on orders (tenant_id, status, created_at desc);
create index orders_by_tenant_customer on orders (tenant_id, customer_id, created_at desc);
create index orders_by_tenant_email on orders (tenant_id, customer_email);
create index orders_unpaid_expiry on orders (expires_at) where status = 'PENDING';

create table order_lines (
    id           uuid primary key,
    tenant_id    uuid          not null references tenants (id),
    order_id     uuid          not null references orders (id) on delete cascade,
    line_no      integer       not null,
    product_id   uuid          not null references products (id),
    sku          varchar(64)   not null,
    name         varchar(200)  not null,
    product_type varchar(16)   not null,
    unit_price   numeric(19, 4) not null check (unit_price >= 0),
    quantity     integer       not null check (quantity > 0),
    line_total   numeric(19, 4) not null check (line_total >= 0),
    unique (order_id, line_no)
);

create table order_status_changes (
    id          uuid primary key,
    tenant_id   uuid         not null references tenants (id),
    order_id    uuid         not null references orders (id) on delete cascade,
    from_status varchar(16),
    to_status   varchar(16)  not null,
    actor       varchar(254) not null,
    note        varchar(500),
    changed_at  timestamptz  not null
);
create index order_status_changes_by_order on order_status_changes (order_id, changed_at);

create table coupon_redemptions (
    id             uuid primary key,
    tenant_id      uuid         not null references tenants (id),
    coupon_id      uuid         not null references coupons (id),
    -- deferred: the use is counted in the same transaction that inserts the order
    order_id       uuid         not null references orders (id) on delete cascade deferrable initially deferred,
    customer_email varchar(254) not null,
    redeemed_at    timestamptz  not null
);
create index coupon_redemptions_by_customer on coupon_redemptions (coupon_id, customer_email);

-- A retried POST with the same Idempotency-Key returns what the first one created.
create table idempotency_keys (
    tenant_id    uuid         not null references tenants (id),
    scope        varchar(40)  not null,
    key          varchar(200) not null,
    request_hash varchar(64)  not null,
    resource_id  uuid,
    created_at   timestamptz  not null,
    primary key (tenant_id, scope, key)
);

-- Durable background work, claimed with FOR UPDATE SKIP LOCKED so any number of nodes share it.
create table jobs (
    id          uuid primary key,
    tenant_id   uuid         references tenants (id),
    kind        varchar(60)  not null,
    payload     text         not null,
    status      varchar(16)  not null check (status in ('PENDING', 'DONE', 'FAILED')),
    attempts    integer      not null default 0,
    run_after   timestamptz  not null,
    last_error  varchar(1000),
    created_at  timestamptz  not null,
    finished_at timestamptz
);
create index jobs_due on jobs (run_after) where status = 'PENDING';
