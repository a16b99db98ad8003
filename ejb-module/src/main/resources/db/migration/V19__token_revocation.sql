-- Tokens can be ended. A token carries the token version of its account (and of its shop) as it was when the token was
-- signed; signing out, a password change or reset and a staff member's deactivation raise the account's version, a
-- shop's suspension raises the shop's, and a token whose version is no longer the current one is refused.

alter table customers add column token_version bigint not null default 0;
alter table staff_members add column token_version bigint not null default 0;
alter table tenants add column token_version bigint not null default 0;

-- Every node keeps the versions it has checked in memory (TokenVersions); each committed change to one is announced on
-- the channel account_tokens as '<table> <account id>', so every node forgets it (ChangeListener). NOTIFY is
-- transactional: delivered when the change commits, never for a rollback. A trigger covers every writer, an operator's
-- SQL included.
create function announce_token_version_change() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('account_tokens', tg_table_name || ' ' || old.id::text);
    return null;
end;
$$;

create trigger customers_tokens_ended
    after update on customers
    for each row
    when (old.token_version is distinct from new.token_version)
execute function announce_token_version_change();

create trigger customers_removed
    after delete on customers
    for each row
execute function announce_token_version_change();

create trigger staff_members_tokens_ended
    after update on staff_members
    for each row
    when (old.token_version is distinct from new.token_version)
execute function announce_token_version_change();

create trigger staff_members_removed
    after delete on staff_members
    for each row
execute function announce_token_version_change();

-- A shop's suspension, reactivation or token version, announced on tenant_changes as its slug, so every node's
-- TenantDirectory forgets it at once rather than after kervan.tenancy.cache-ttl.
create function announce_tenant_change() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('tenant_changes', old.slug);
    return null;
end;
$$;

create trigger tenants_changed
    after update on tenants
    for each row
    when (old.status is distinct from new.status or old.token_version is distinct from new.token_version)
execute function announce_tenant_change();

-- A link to choose a new password, mailed on request. Only the SHA-256 of its secret is kept; it works once, until
-- expires_at, for the account (of the realm: CUSTOMER or STAFF) and shop it was made for.
create table password_reset_tokens (
    id         uuid primary key,
    tenant_id  uuid        not null references tenants (id),
    realm      varchar(16) not null check (realm in ('CUSTOMER', 'STAFF')),
    account_id uuid        not null,
    token_hash varchar(64) not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    unique (tenant_id, token_hash)
);

create index password_reset_tokens_by_account on password_reset_tokens (tenant_id, account_id) where used_at is null;
