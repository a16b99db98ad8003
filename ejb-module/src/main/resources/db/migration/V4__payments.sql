-- Payments of orders through a shop's integrations, and the built-in sandbox gateway's own transactions.

create table payments (
    id             uuid primary key,
    tenant_id      uuid           not null references tenants (id),
    payment_number varchar(100)   not null unique,
    order_id       uuid           not null references orders (id),
    integration_id uuid           not null references integrations (id),
    provider_type  varchar(20)    not null,
    amount         numeric(19, 4) not null check (amount > 0),
    currency       varchar(3)     not null,
    status         varchar(24)    not null,
    transaction_id varchar(200),
    payment_url    varchar(1000),
    failure_reason varchar(500),
    paid_at        timestamptz,
    created_at     timestamptz    not null,
    updated_at     timestamptz    not null,
    version        bigint         not null default 0
);
create unique index payments_by_provider_transaction on payments (provider_type, transaction_id)
    where transaction_id is not null;
create index payments_by_order on payments (tenant_id, order_id);

-- The sandbox gateway is a pretend provider that lives inside Kervan: these rows are its side of the story.
create table sandbox_transactions (
    id          varchar(40)    primary key,
    amount      numeric(19, 4) not null,
    currency    varchar(3)     not null,
    description varchar(200),
    status      varchar(16)    not null check (status in ('OPEN', 'CHALLENGED', 'SUCCEEDED', 'DECLINED')),
    return_url  varchar(1000)  not null,
    created_at  timestamptz    not null,
    updated_at  timestamptz    not null
);
