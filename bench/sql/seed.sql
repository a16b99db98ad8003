-- The benchmark's data set, written straight into the embedded database after the shop was opened through the API.
-- psql variables: tenant_id, shipping_id (the method created through the staff API), products, orders.
--
--   :products products  BENCH-P-000001 ...: names from two word lists plus the number (so searches such as
--                       "lamba" match about 1 in 12), 1 in 10 digital (no stock), 1 in 20 inactive.
--   :orders orders      1 to 3 lines each (about 2 * :orders order_lines), statuses spread over the whole life cycle,
--                       created over the past year, numbers ORD-BENCH-20261123-XXXXXXXX where XXXXXXXX is i times an
--                       odd constant modulo 2^32 in hex: unique, yet not in order.
--                       PENDING orders expire in 30 days, so the every-minute expiry job has nothing to cancel
--                       while the benchmark runs.
--   one "placed" history row per order, as the application writes for each new order.

\set ON_ERROR_STOP on
begin;

insert into products (id, tenant_id, sku, name, description, product_type, price_amount, price_currency, stock,
                      active, created_at, updated_at, version, image_urls)
select gen_random_uuid(),
       :'tenant_id',
       'BENCH-P-' || lpad(n::text, 6, '0'),
       (array['Kırmızı', 'Mavi', 'Yeşil', 'Siyah', 'Beyaz', 'Büyük', 'Küçük', 'Klasik', 'Modern', 'Antika'])[1 + n % 10]
           || ' ' ||
       (array['Çay Bardağı', 'Kahve Fincanı', 'Halı', 'Lamba', 'Defter', 'Kalem', 'Çanta', 'Ayakkabı', 'Gömlek',
              'Saat', 'Vazo', 'Yastık'])[1 + (n / 10) % 12]
           || ' ' || n,
       'Benchmark product number ' || n || '. ' || repeat('Açıklama metni. ', 1 + n % 8),
       case when n % 10 = 0 then 'DIGITAL' else 'PHYSICAL' end,
       (5 + (n * 37) % 2000 + (n % 100) / 100.0)::numeric(19, 4),
       'TRY',
       case when n % 10 = 0 then null else (n * 13) % 500 end,
       n % 20 <> 0,
       now() - make_interval(mins => n),
       now() - make_interval(mins => n / 2),
       0,
       case when n % 3 = 0 then array['https://img.bench.test/p/' || n || '.jpg'] else '{}'::text[] end
from generate_series(1, :products) as n;

create temp table bench_products on commit drop as
select substring(sku from 9)::int as n, id, sku, name, product_type, price_amount
from products
where tenant_id = :'tenant_id' and sku like 'BENCH-P-%';
create unique index on bench_products (n);

create temp table bench_orders on commit drop as
select i,
       gen_random_uuid() as id,
       'ORD-BENCH-20261123-' || upper(lpad(to_hex((i::bigint * 2654435761) % 4294967296), 8, '0')) as order_number,
       (array['PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'SHIPPED', 'DELIVERED', 'DELIVERED', 'DELIVERED',
              'CANCELLED', 'REFUNDED'])[1 + i % 10] as status,
       now() - make_interval(secs => i * 311) as created_at,
       'customer' || (i % 5000) || '@bench.test' as email
from generate_series(1, :orders) as i;

create temp table bench_lines on commit drop as
select o.i, l.line_no, p.id as product_id, p.sku, p.name, p.product_type, p.price_amount as unit_price,
       1 + (o.i + l.line_no) % 3 as quantity
from bench_orders o
cross join lateral generate_series(1, 1 + o.i % 3) as l(line_no)
join bench_products p on p.n = 1 + (o.i * 7919 + l.line_no * 104729) % :products;

insert into orders (id, tenant_id, order_number, customer_id, customer_email, customer_first_name, customer_last_name,
                    customer_phone, address_line1, address_line2, city, postal_code, country, shipping_method_id,
                    shipping_method_name, shipping_carrier, currency, subtotal, discount, shipping_cost, total,
                    coupon_id, coupon_code, status, payment_status, tracking_number, shipped_at, delivered_at,
                    expires_at, created_at, updated_at, version)
select o.id,
       :'tenant_id',
       o.order_number,
       null,
       o.email,
       (array['Ayşe', 'Mehmet', 'Elif', 'Can', 'Zeynep', 'Emre'])[1 + o.i % 6],
       (array['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik'])[1 + o.i % 5],
       '+90555' || lpad((o.i % 10000000)::text, 7, '0'),
       'Bench Sokak No ' || (1 + o.i % 200),
       case when o.i % 4 = 0 then 'Daire ' || (1 + o.i % 30) end,
       (array['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya'])[1 + o.i % 5],
       lpad((1000 + o.i % 80000)::text, 5, '0'),
       'TR',
       :'shipping_id',
       'Aras',
       'Aras Kargo',
       'TRY',
       s.subtotal,
       0,
       10,
       s.subtotal + 10,
       null,
       null,
       o.status,
       case o.status when 'PENDING' then 'PENDING' when 'CANCELLED' then 'FAILED' when 'REFUNDED' then 'REFUNDED'
                     else 'PAID' end,
       case when o.status in ('SHIPPED', 'DELIVERED') then 'ARAS' || lpad(o.i::text, 10, '0') end,
       case when o.status in ('SHIPPED', 'DELIVERED') then least(o.created_at + interval '1 day', now()) end,
       case when o.status = 'DELIVERED' then least(o.created_at + interval '3 days', now()) end,
       case when o.status = 'PENDING' then now() + interval '30 days' end,
       o.created_at,
       least(o.created_at + case when o.status = 'PENDING' then interval '0' else interval '3 days' end, now()),
       case when o.status = 'PENDING' then 0 else 2 end
from bench_orders o
join (select i, sum(unit_price * quantity) as subtotal from bench_lines group by i) s using (i);

insert into order_lines (id, tenant_id, order_id, line_no, product_id, sku, name, product_type, unit_price, quantity,
                         line_total)
select gen_random_uuid(), :'tenant_id', o.id, l.line_no, l.product_id, l.sku, l.name, l.product_type, l.unit_price,
       l.quantity, l.unit_price * l.quantity
from bench_lines l
join bench_orders o using (i);

insert into order_status_changes (id, tenant_id, order_id, from_status, to_status, actor_kind, actor_name, note,
                                  changed_at)
select gen_random_uuid(), :'tenant_id', o.id, null, 'PENDING', 'GUEST', o.email, 'placed', o.created_at
from bench_orders o;

commit;

-- What autovacuum does on a live database: statistics, and the visibility map that index-only scans rely on.
vacuum analyze;

select (select count(*) from products where tenant_id = :'tenant_id') as products,
       (select count(*) from orders where tenant_id = :'tenant_id') as orders,
       (select count(*) from order_lines where tenant_id = :'tenant_id') as order_lines;
