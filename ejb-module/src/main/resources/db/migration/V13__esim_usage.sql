-- eSIM usage: when Kervan last asked eSIM Go about an eSIM's bundle (the poll that covers missed usage callbacks). It
-- is set when a node claims the eSIM, so nodes do not ask twice and an eSIM Go outage is asked about again only after
-- the poll interval, not at every tick.
alter table esims add column usage_checked_at timestamptz;

-- What the poll looks for: bundles not finished, least recently heard of (or, never heard of, oldest) first.
create index esims_usage_due on esims (coalesce(greatest(usage_updated_at, usage_checked_at), created_at))
    where bundle_state is null or bundle_state not in ('depleted', 'expired', 'revoked', 'lapsed');
