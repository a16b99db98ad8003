-- Escrow (seed 004): a paid order's money held by Kervan's books until delivery, released, or refunded from it.

alter table tenants add column escrow_enabled boolean not null default false;
-- null: the platform default (kervan.escrow.auto-release-days); 0: never automatically; else days after delivery.
alter table tenants add column escrow_auto_release_days integer
    check (escrow_auto_release_days between 0 and 365);
alter table products add column escrow boolean not null default false;

create table escrow_accounts (
    id                            uuid primary key,
    tenant_id                     uuid           not null references tenants (id),
    order_id                      uuid           not null references orders (id),
    order_number                  varchar(100)   not null,
    payment_id                    uuid           not null references payments (id),
    currency                      varchar(3)     not null,
    held_amount                   numeric(19, 4) not null check (held_amount > 0),
    released_amount               numeric(19, 4) not null check (released_amount >= 0),
    refunded_amount               numeric(19, 4) not null check (refunded_amount >= 0),
    remaining_amount              numeric(19, 4) not null check (remaining_amount >= 0),
    refunded_after_release_amount numeric(19, 4) not null check (refunded_after_release_amount >= 0),
    status                        varchar(16)    not null check (status in ('HELD', 'RELEASED', 'REFUNDED')),
    disputed                      boolean        not null,
    dispute_reason                varchar(500),
    delivered_at                  timestamptz,
    release_due_at                timestamptz,
    released_at                   timestamptz,
    created_at                    timestamptz    not null,
    updated_at                    timestamptz    not null,
    version                       bigint         not null,
    constraint escrow_accounts_add_up check (held_amount = released_amount + refunded_amount + remaining_amount),
    constraint escrow_accounts_one_per_payment unique (tenant_id, payment_id)
);
create index escrow_accounts_by_order on escrow_accounts (tenant_id, order_id);
create index escrow_accounts_by_status on escrow_accounts (tenant_id, status, created_at);
create index escrow_accounts_release_due on escrow_accounts (release_due_at)
    where status = 'HELD' and not disputed and release_due_at is not null;

create table escrow_ledger_entries (
    id         uuid primary key,
    tenant_id  uuid           not null references tenants (id),
    escrow_id  uuid           not null references escrow_accounts (id),
    position   integer        not null,
    kind       varchar(32)    not null,
    amount     numeric(19, 4) not null check (amount >= 0),
    currency   varchar(3)     not null,
    actor_kind varchar(16)    not null,
    actor_id   uuid,
    actor_name varchar(254)   not null,
    note       varchar(500),
    created_at timestamptz    not null,
    constraint escrow_ledger_entries_in_order unique (escrow_id, position)
);
