-- eSIM fulfillment: a paid order's eSIMs bought from eSIM Go, recorded, and mailed to the customer as QR codes.

-- An order's status may now be fulfillment_failed (18 characters).
alter table orders alter column status type varchar(24);
alter table order_status_changes alter column from_status type varchar(24);
alter table order_status_changes alter column to_status type varchar(24);

-- One per paid order with eSIM lines: the eSIM Go order that buys its bundles and how far it got. ordering_since is
-- written and committed before the eSIM Go order is placed and cleared once its reference is recorded, so an attempt
-- that finds it set knows an order may exist and looks for it in eSIM Go's order list before ordering again.
create table esim_fulfillments (
    id                 uuid primary key,
    tenant_id          uuid          not null references tenants (id),
    order_id           uuid          not null unique references orders (id),
    status             varchar(16)   not null
        check (status in ('QUEUED', 'ORDERING', 'ASSIGNING', 'DELIVERED', 'FAILED', 'CANCELLED')),
    items              text          not null,
    provider_reference varchar(100),
    ordering_since     timestamptz,
    attempts           integer       not null default 0,
    last_error         varchar(1000),
    assign_by          timestamptz,
    emailed_at         timestamptz,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    delivered_at       timestamptz,
    version            bigint        not null default 0,
    unique (tenant_id, provider_reference)
);
create index esim_fulfillments_by_status on esim_fulfillments (tenant_id, status, created_at desc);

-- Every eSIM a customer got: what their phone needs (ICCID, SM-DP+ address, matching id: the QR's LPA string), the
-- bundle on it, and its usage as eSIM Go last reported it (bundle status polling and usage callbacks).
create table esims (
    id                 uuid primary key,
    tenant_id          uuid          not null references tenants (id),
    fulfillment_id     uuid          not null references esim_fulfillments (id),
    order_id           uuid          not null references orders (id),
    customer_id        uuid          references customers (id),
    iccid              varchar(32)   not null,
    matching_id        varchar(128)  not null,
    smdp_address       varchar(255)  not null,
    bundle_name        varchar(64)   not null,
    countries          varchar(8)[]  not null,
    provider_reference varchar(100)  not null,
    profile_status     varchar(32),
    bundle_state       varchar(16),
    initial_bytes      bigint,
    remaining_bytes    bigint,
    unlimited          boolean       not null default false,
    usage_updated_at   timestamptz,
    created_at         timestamptz   not null,
    version            bigint        not null default 0,
    unique (tenant_id, iccid)
);
create index esims_by_customer on esims (tenant_id, customer_id, created_at desc);
create index esims_by_order on esims (order_id);
