-- A secret now shows its last four characters only when it has at least 16 (Secret.SHOWS_TAIL_FROM), so that no
-- secret shows more than a quarter of itself. Tails kept of shorter secrets are forgotten. The length is read from
-- the sealed value: AES-GCM's ciphertext is the UTF-8 plaintext plus a 16-byte tag, and a secret of fewer than 16
-- bytes has fewer than 16 characters.
update integration_secrets
set last4 = ''
where octet_length(ciphertext) - 16 < 16
  and last4 <> '';

-- The sandbox gateway's transactions belong to the shop that opened them, so that its hosted page answers only on that
-- shop's host. Each existing one takes the shop of the payment it was opened for; one that no payment names could
-- never be completed and is dropped.
alter table sandbox_transactions add column tenant_id uuid references tenants (id);

update sandbox_transactions s
set tenant_id = p.tenant_id
from payments p
where p.provider_type = 'SANDBOX'
  and p.transaction_id = s.id;

delete from sandbox_transactions where tenant_id is null;

alter table sandbox_transactions alter column tenant_id set not null;
