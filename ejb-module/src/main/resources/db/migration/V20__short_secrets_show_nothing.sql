-- A secret now shows its last four characters only when it has at least 16 (Secret.SHOWS_TAIL_FROM), so that no
-- secret shows more than a quarter of itself. Tails kept of shorter secrets are forgotten. The length is read from
-- the sealed value: AES-GCM's ciphertext is the UTF-8 plaintext plus a 16-byte tag, and a secret of fewer than 16
-- bytes has fewer than 16 characters.
update integration_secrets
set last4 = ''
where octet_length(ciphertext) - 16 < 16
  and last4 <> '';
