-- Storefront search matches any part of a product's name (lower(name) like '%term%'): a trigram index serves that
-- without reading every product of the shop. pg_trgm is a trusted extension (PostgreSQL 13+), so the application's
-- database user may create it.
create extension if not exists pg_trgm;
create index products_active_name_trigrams on products using gin (lower(name) gin_trgm_ops) where active;
