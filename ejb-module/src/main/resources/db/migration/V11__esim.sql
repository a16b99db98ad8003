-- eSIM Go: the bundles each shop's catalogue sync took in (each sold by a digital product whose SKU is the bundle's
-- name), the log of those syncs that staff read, and when each shop's next scheduled sync is due.

create table esim_bundles (
    id            uuid primary key,
    tenant_id     uuid           not null references tenants (id),
    name          varchar(64)    not null,
    product_id    uuid           not null references products (id),
    description   text           not null,
    countries     varchar(8)[]   not null,
    data_mb       integer        not null check (data_mb >= 0),
    duration_days integer        not null check (duration_days >= 0),
    unlimited     boolean        not null,
    cost_amount   numeric(19, 4) not null check (cost_amount >= 0),
    cost_currency varchar(3)     not null,
    offered       boolean        not null,
    synced_at     timestamptz    not null,
    version       bigint         not null default 0,
    unique (tenant_id, name),
    unique (tenant_id, product_id)
);
-- Bundle search: a shop's offered bundles by duration and data; the country is checked on those rows.
create index esim_bundles_search on esim_bundles (tenant_id, duration_days, data_mb) where offered;

create table esim_catalogue_syncs (
    id             uuid primary key,
    tenant_id      uuid          not null references tenants (id),
    integration_id uuid          references integrations (id),
    started_by     varchar(254)  not null,
    outcome        varchar(16)   not null check (outcome in ('succeeded', 'failed')),
    bundles        integer       not null,
    pages          integer       not null,
    created        integer       not null,
    updated        integer       not null,
    deactivated    integer       not null,
    unchanged      integer       not null,
    skipped        integer       not null,
    message        varchar(1000),
    started_at     timestamptz   not null,
    duration_ms    bigint        not null
);
create index esim_catalogue_syncs_by_tenant on esim_catalogue_syncs (tenant_id, started_at desc);

-- One row per shop that has had a catalogue sync: the timer claims a due shop with a conditional update, so one node
-- syncs it per interval.
create table esim_catalogue_schedule (
    tenant_id    uuid primary key references tenants (id),
    next_sync_at timestamptz not null
);
