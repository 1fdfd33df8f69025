-- shop.variant.sql — turns a copy of the shop dataset into hidden variant {{variant}} (1, 2, …).
--
-- The SQL judge runs every submission on the visible dataset and on hidden variants made by this
-- script, so a query that returns the visible answer as literals, or leans on an accident of the
-- visible rows, fails. Like shop.sql it is DETERMINISTIC: it depends only on the variant number, so
-- the reference query's result on a variant never changes. It keeps every constraint of shop.sql.
-- The judge replaces {{variant}} with the variant number and runs the script as the tables' owner.

-- in odd variants three pairs of sibling categories swap names, so a query that filters by a
-- category's id written as a literal instead of by its name gets the other category's rows
UPDATE shop.categories
SET name = CASE id WHEN 5 THEN 'Headphones' WHEN 6 THEN 'Smartphones'
                   WHEN 13 THEN 'Programming' WHEN 14 THEN 'Fiction'
                   WHEN 21 THEN 'Cycling' WHEN 22 THEN 'Fitness' END
WHERE id IN (5, 6, 13, 14, 21, 22) AND {{variant}} % 2 = 1;

-- prices and stock move (a product's price stays above 0)
UPDATE shop.products
SET price = price + ((id * 13 + {{variant}} * 7) % 11) + 0.5 * ((id + {{variant}}) % 2),
    stock = (stock + {{variant}} * 17 + id % 5) % 200;

-- some products are discontinued, others come back
UPDATE shop.products
SET is_active = NOT is_active
WHERE (id * 31 + {{variant}}) % 53 = 0 AND id <= 1800;

-- customers move to other cities
UPDATE shop.customers
SET city = (ARRAY['Toshkent', 'Samarqand', 'Buxoro', 'Namangan', 'Andijon', 'Farg‘ona',
                  'Nukus', 'Qarshi', 'Urganch', 'Navoiy'])[1 + (id * 3 + {{variant}}) % 10]
WHERE (id + {{variant}} * 5) % 7 = 0;

-- some referrals move to another of the 20 "influencers"
UPDATE shop.customers
SET referred_by = 1 + ((id / 120 + {{variant}} * 3) % 20) * 7
WHERE id > 300 AND id % 12 = 0 AND (id / 12 + {{variant}}) % 10 = 0;

-- orders shift by a few hours, across Tashkent's midnight and month boundaries too
UPDATE shop.orders
SET created_at = created_at + ((id * 17 + {{variant}}) % 13 - 6) * interval '1 hour',
    shipped_at = shipped_at + ((id * 17 + {{variant}}) % 13 - 6) * interval '1 hour'
WHERE (id + {{variant}}) % 5 = 0;

-- some order lines change quantity
UPDATE shop.order_items
SET quantity = quantity + 1 + (id + {{variant}}) % 3
WHERE (id * 11 + {{variant}}) % 17 = 0;

-- for a few orders that had a failed first attempt, the successful payment goes missing too
DELETE FROM shop.payments
WHERE status = 'succeeded' AND order_id % 23 = 0 AND (order_id / 23 + {{variant}} * 11) % 331 = 0;

-- a few payments go missing, a few reviews change their mind
DELETE FROM shop.payments WHERE (order_id * 19 + {{variant}}) % 997 = 0;
UPDATE shop.reviews SET rating = 1 + (rating + {{variant}}) % 5 WHERE (id + {{variant}}) % 6 = 0;

-- every 29th order (shifted by the variant) disappears with its lines and payments; the foreign-key
-- checks need an index on the referencing columns, dropped again: the labs start without one
CREATE INDEX variant_order_items_order ON shop.order_items (order_id);
CREATE INDEX variant_payments_order ON shop.payments (order_id);
DELETE FROM shop.payments    WHERE (order_id * 7 + {{variant}}) % 29 = 0;
DELETE FROM shop.order_items WHERE (order_id * 7 + {{variant}}) % 29 = 0;
DELETE FROM shop.orders      WHERE (id * 7 + {{variant}}) % 29 = 0;
DROP INDEX shop.variant_order_items_order;
DROP INDEX shop.variant_payments_order;
