-- Tenants, accounts and the first catalog table.
-- Every tenant-scoped table carries tenant_id, and its unique constraints and indexes start with it.

create table tenants (
    id               uuid primary key,
    slug             varchar(63)  not null unique,
    display_name     varchar(120) not null,
    status           varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED')),
    default_currency varchar(3)   not null,
    default_locale   varchar(16)  not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);

create table platform_operators (
    id            uuid primary key,
    email         varchar(254) not null unique,
    password_hash varchar(255) not null,
    created_at    timestamptz  not null
);

create table staff_members (
    id            uuid primary key,
    tenant_id     uuid         not null references tenants (id),
    email         varchar(254) not null,
    password_hash varchar(255) not null,
    full_name     varchar(120) not null,
    role          varchar(16)  not null check (role in ('OWNER', 'ADMIN', 'STAFF')),
    active        boolean      not null,
    created_at    timestamptz  not null,
    unique (tenant_id, email)
);

create table customers (
    id            uuid primary key,
    tenant_id     uuid         not null references tenants (id),
    email         varchar(254) not null,
    password_hash varchar(255) not null,
    first_name    varchar(80)  not null,
    last_name     varchar(80)  not null,
    phone         varchar(20),
    created_at    timestamptz  not null,
    unique (tenant_id, email)
);

-- Failed sign-ins per key ("account:<realm>:<tenant>:<email>" or "address:<ip>"); shared by all nodes.
create table sign_in_throttle (
    throttle_key      varchar(400) primary key,
    failures          integer      not null,
    window_started_at timestamptz  not null,
    locked_until      timestamptz
);

create table products (
    id             uuid primary key,
    tenant_id      uuid          not null references tenants (id),
    sku            varchar(64)   not null,
    name           varchar(200)  not null,
    description    text          not null default '',
    product_type   varchar(16)   not null check (product_type in ('PHYSICAL', 'DIGITAL')),
    price_amount   numeric(19, 4) not null check (price_amount >= 0),
    price_currency varchar(3)    not null,
    stock          integer       check (stock >= 0),
    active         boolean       not null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0,
    unique (tenant_id, sku),
    check ((product_type = 'DIGITAL') = (stock is null))
);

create index products_active_by_name on products (tenant_id, active, name);
