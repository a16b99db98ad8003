-- A refund a provider takes in for review (PAYNET's reversed_request) is PENDING until the provider decides: it still
-- counts as the payment's one unsettled refund (its amount stays in refunding_amount), and the reconciler asks about
-- it like a requested one.
alter table refunds drop constraint refunds_status;
alter table refunds add constraint refunds_status check (status in ('REQUESTED', 'PENDING', 'SUCCEEDED', 'FAILED'));
drop index refunds_one_unsettled_per_payment;
create unique index refunds_one_unsettled_per_payment on refunds (payment_id) where status in ('REQUESTED', 'PENDING');
drop index refunds_requested;
create index refunds_requested on refunds (created_at) where status in ('REQUESTED', 'PENDING');
