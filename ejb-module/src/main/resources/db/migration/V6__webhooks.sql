-- Inbound webhooks: one row per provider event id (deduplication) and a log of every delivery, kept 30 days.

create table webhook_events (
    tenant_id   uuid         not null references tenants (id),
    provider    varchar(20)  not null,
    event_id    varchar(200) not null,
    received_at timestamptz  not null,
    primary key (tenant_id, provider, event_id)
);

create table webhook_log (
    id             uuid primary key,
    tenant_id      uuid         not null references tenants (id),
    integration_id uuid,
    provider       varchar(20)  not null,
    event_id       varchar(200),
    event_type     varchar(100),
    source_address varchar(64)  not null,
    headers        varchar(4000),
    body_sha256    varchar(64)  not null,
    outcome        varchar(40)  not null,
    http_status    integer      not null,
    duration_ms    integer      not null,
    received_at    timestamptz  not null
);
create index webhook_log_by_tenant on webhook_log (tenant_id, received_at desc);
create index webhook_log_by_age on webhook_log (received_at);
