-- What a provider hands over when a payment completes and needs again for refunds (Kuveyt Türk's OrderId,
-- ProvisionNumber, RRN and Stan), as a JSON object of strings. Card data is never among them.
alter table payments add column provider_references varchar(2000) not null default '{}';
