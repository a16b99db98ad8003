-- Telegram sign-in: a customer may be known by a Telegram account, alone (no email, no password) or beside an email
-- and password, and orders keep the Telegram account of the customer who placed them.

alter table customers alter column email drop not null;
alter table customers alter column password_hash drop not null;
-- Telegram's last name is optional.
alter table customers alter column last_name drop not null;
alter table customers add column telegram_user_id bigint;
alter table customers add column telegram_username varchar(64);
-- One customer per Telegram account and shop; the same person at another shop is another customer.
alter table customers add constraint customers_telegram_user_per_tenant unique (tenant_id, telegram_user_id);
-- Every customer can sign in somehow: with an email and a password, or with Telegram.
alter table customers add constraint customers_sign_in_method check (
    (email is not null and password_hash is not null)
    or (email is null and password_hash is null and telegram_user_id is not null));

-- As they were when the order was placed (a username can change later).
alter table orders add column telegram_user_id bigint;
alter table orders add column telegram_username varchar(64);
