-- How a card paid: in how many monthly payments, and what it was charged in all (the installment option's total,
-- with the installments' interest). charged_amount is null until it is known: chosen on Kervan's card page, or read
-- back from the provider when the payment completes.
alter table payments add column installment_count integer not null default 1 check (installment_count between 1 and 36);
alter table payments add column charged_amount numeric(19, 4) check (charged_amount > 0);
update payments set charged_amount = amount where status in ('COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED');
