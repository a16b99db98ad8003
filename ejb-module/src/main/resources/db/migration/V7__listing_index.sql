-- The storefront lists active products by name, page by page: this index serves that order and covers the ids, so a
-- page is found by an index-only scan and only its 20 rows are read from the table.
create index products_active_listing on products (tenant_id, name, id) where active;
