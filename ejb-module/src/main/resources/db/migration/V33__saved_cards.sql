-- Saved cards (issue 18): a signed-in customer asked the payment provider to keep their card. Kervan keeps only the
-- provider's tokens, sealed like integration credentials (AES-256-GCM under the shop's data key), and what may be
-- shown: the brand, the first six digits (the BIN, for installments) and the last four. Never the number or the CVV.

-- The provider's own key for a customer of one integration (PAYNET's card_owner_id, iyzico's cardUserKey): every
-- card the customer saves later joins it.
create table card_owners (
    id                uuid primary key,
    tenant_id         uuid        not null references tenants (id),
    customer_id       uuid        not null references customers (id) on delete cascade,
    integration_id    uuid        not null references integrations (id) on delete cascade,
    key_ciphertext    bytea       not null,
    key_nonce         bytea       not null,
    created_at        timestamptz not null,
    unique (tenant_id, customer_id, integration_id)
);

-- Each card keeps the owner key it was saved under too, so that it can be named to the provider (to pay, to delete)
-- exactly as the provider knows it.
create table saved_cards (
    id                uuid primary key,
    tenant_id         uuid        not null references tenants (id),
    customer_id       uuid        not null references customers (id) on delete cascade,
    integration_id    uuid        not null references integrations (id) on delete cascade,
    provider_type     varchar(20) not null,
    owner_ciphertext  bytea       not null,
    owner_nonce       bytea       not null,
    token_ciphertext  bytea       not null,
    token_nonce       bytea       not null,
    brand             varchar(20) not null,
    bin               varchar(8)  not null check (bin ~ '^[0-9]{6,8}$'),
    last_four         varchar(4)  not null check (last_four ~ '^[0-9]{4}$'),
    expiry_month      smallint check (expiry_month between 1 and 12),
    expiry_year       smallint check (expiry_year between 2000 and 2099),
    label             varchar(60) not null,
    created_at        timestamptz not null
);
create index saved_cards_customer on saved_cards (tenant_id, customer_id, integration_id);

-- A payment whose shopper asked, on Kervan's card page, to keep the card once the provider has charged it.
alter table payments add column keep_card boolean not null default false;
