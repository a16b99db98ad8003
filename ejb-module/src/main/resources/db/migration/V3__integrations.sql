-- Provider integrations with their secrets sealed by the vault, and the audit log staff can read.

-- One AES-256 data key per tenant, stored only wrapped (AES-GCM) by a master key from configuration.
create table tenant_data_keys (
    tenant_id          uuid primary key references tenants (id),
    wrapped_key        bytea       not null,
    nonce              bytea       not null,
    master_key_version integer     not null,
    created_at         timestamptz not null,
    rewrapped_at       timestamptz
);

create table integrations (
    id                uuid primary key,
    tenant_id         uuid         not null references tenants (id),
    provider_type     varchar(20)  not null,
    name              varchar(120) not null,
    description       varchar(500),
    status            varchar(16)  not null check (status in ('TEST_MODE', 'ACTIVE', 'INACTIVE')),
    api_endpoint      varchar(500),
    test_endpoint     varchar(500),
    config            text         not null default '{}',
    last_test_at      timestamptz,
    last_test_ok      boolean,
    last_test_message varchar(500),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);
create index integrations_by_tenant on integrations (tenant_id, provider_type);

-- Secrets per mode, so switching to live keeps the test keys. Ciphertext is AES-256-GCM under the tenant's data key.
create table integration_secrets (
    id             uuid primary key,
    tenant_id      uuid        not null references tenants (id),
    integration_id uuid        not null references integrations (id) on delete cascade,
    name           varchar(40) not null,
    mode           varchar(8)  not null check (mode in ('TEST', 'LIVE')),
    ciphertext     bytea       not null,
    nonce          bytea       not null,
    last4          varchar(4)  not null,
    updated_at     timestamptz not null,
    unique (integration_id, name, mode)
);

create table audit_log (
    id           uuid primary key,
    tenant_id    uuid         not null references tenants (id),
    actor        varchar(254) not null,
    action       varchar(60)  not null,
    subject_type varchar(40)  not null,
    subject_id   uuid,
    details      varchar(2000),
    at           timestamptz  not null
);
create index audit_log_by_tenant on audit_log (tenant_id, at desc);
