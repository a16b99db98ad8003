-- Refunds, full and partial, of completed payments.

alter table payments add column refunded_amount numeric(19, 4) not null default 0 check (refunded_amount >= 0);
alter table payments add constraint payments_refund_within_amount check (refunded_amount <= amount);
alter table sandbox_transactions add column refunded_amount numeric(19, 4) not null default 0;

create table refunds (
    id                 uuid primary key,
    tenant_id          uuid           not null references tenants (id),
    payment_id         uuid           not null references payments (id),
    amount             numeric(19, 4) not null check (amount > 0),
    currency           varchar(3)     not null,
    provider_reference varchar(200),
    reason             varchar(200),
    actor              varchar(254)   not null,
    created_at         timestamptz    not null
);
create index refunds_by_payment on refunds (payment_id, created_at);
