-- 1. Who did something is kept as three columns instead of one "staff:<email>" string, which overflowed its
--    254 characters for long emails and went stale when an email changed: actor_kind, actor_id (the account's id;
--    null for guests, Kervan itself and providers) and actor_name (the name as it was then, for display). Existing
--    rows are read by their prefix; a staff member or customer is found by email in the row's own shop, and a row
--    whose account cannot be found keeps its name with no id.
-- 2. Refunds are recorded as requested before the provider is asked and settled (succeeded or failed) after, so a
--    refund the provider made is never forgotten; a payment has at most one unsettled refund, and what it gives back
--    counts against what is refundable until it is settled.

create function v18_actor(tenant uuid, actor text, out kind varchar, out id uuid, out name varchar)
    language sql stable as
$$
select k.kind,
       case k.kind
           when 'STAFF' then (select s.id from staff_members s where s.tenant_id = tenant and s.email = k.rest)
           when 'CUSTOMER' then (select c.id from customers c where c.tenant_id = tenant and c.email = k.rest)
           end,
       left(coalesce(nullif(k.rest, ''), lower(k.kind)), 254)
from (select case
                 when actor like 'staff:%' then 'STAFF'
                 when actor like 'customer:%' then 'CUSTOMER'
                 when actor like 'guest:%' or actor = 'anonymous' then 'GUEST'
                 when actor like 'payment:%' then 'PROVIDER'
                 else 'SYSTEM'
                 end as kind,
             case
                 when actor like 'staff:%' or actor like 'guest:%' then substr(actor, 7)
                 when actor like 'customer:%' then substr(actor, 10)
                 else actor
                 end as rest) k
$$;

-- Moves one table from its one-string column to the three actor columns.
create procedure v18_record_actors(tab text, old_column text)
    language plpgsql as
$$
begin
    execute format('alter table %I add column actor_kind varchar(16), add column actor_id uuid, '
                       || 'add column actor_name varchar(254)', tab);
    execute format('update %I r set (actor_kind, actor_id, actor_name) = '
                       || '(select a.kind, a.id, a.name from v18_actor(r.tenant_id, r.%I) a)', tab, old_column);
    execute format('alter table %I alter column actor_kind set not null, alter column actor_name set not null, '
                       || 'add constraint %I check (actor_kind in '
                       || '(''CUSTOMER'', ''GUEST'', ''STAFF'', ''OPERATOR'', ''SYSTEM'', ''PROVIDER'')), '
                       || 'drop column %I', tab, tab || '_actor_kind', old_column);
end;
$$;

call v18_record_actors('order_status_changes', 'actor');
call v18_record_actors('audit_log', 'actor');
call v18_record_actors('esim_catalogue_syncs', 'started_by');
call v18_record_actors('refunds', 'actor');

alter table refunds
    add column refund_number  varchar(100),
    add column status         varchar(16),
    add column failure_reason varchar(500),
    add column settled_at     timestamptz,
    add column version        bigint not null default 0;
-- Refunds before this migration were recorded only once the provider had made them.
update refunds r
set refund_number = (select 'RFD-' || upper(t.slug) || '-' || to_char(r.created_at at time zone 'UTC', 'YYYYMMDD')
                                || '-' || upper(substr(md5(r.id::text), 1, 8))
                     from tenants t where t.id = r.tenant_id),
    status        = 'SUCCEEDED',
    settled_at    = r.created_at;
alter table refunds
    alter column refund_number set not null,
    alter column status set not null,
    add constraint refunds_status check (status in ('REQUESTED', 'SUCCEEDED', 'FAILED')),
    add constraint refunds_number_unique unique (tenant_id, refund_number);
create unique index refunds_one_unsettled_per_payment on refunds (payment_id) where status = 'REQUESTED';
create index refunds_requested on refunds (created_at) where status = 'REQUESTED';

alter table payments
    add column refunding_amount numeric(19, 4) not null default 0 check (refunding_amount >= 0),
    add constraint payments_refunds_within_amount check (refunded_amount + refunding_amount <= amount);

drop procedure v18_record_actors(text, text);
drop function v18_actor(uuid, text);
