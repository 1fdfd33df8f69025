-- Seeds a database that the application's migrations created with learners and their cards, as an
-- installation with many learners would have them, for the due-queue benchmark:
--   psql -v learners=100000 -v cards=100 -f due-queue-seed.sql DATABASE
--
-- Each learner is somewhere in their 8 weeks and has met `cards` questions at moments since their
-- start. About 8 % of the cards are new, 4 % in learning steps, the rest in review with stabilities
-- of half a day to two months, due one interval after their last review: so a learner has some
-- cards overdue, some due today and most due later. The rows are written question by question
-- across all learners, so one learner's cards are scattered over the table as they would be after
-- weeks of use, not packed together. Every tenth learner's cards also have their last review in
-- the review log. Identifiers are time-ordered, like the application's UUIDv7.
\set ON_ERROR_STOP on
\timing on
SET work_mem = '512MB';

CREATE TEMP TABLE learner AS
SELECT n,
       ('00000000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid AS id,
       now() - interval '56 days' * random() AS program_start
FROM generate_series(1, :learners) AS n;

INSERT INTO account.account (id, version, email, password_hash, role, display_name, language, time_zone,
                             program_start, daily_hours_goal, created_at)
SELECT id, 0, 'learner-' || n || '@example.invalid', '{noop}cannot-sign-in', 'LEARNER', 'Learner ' || n, 'uz',
       'Asia/Tashkent', program_start::date, 3, program_start
FROM learner;

INSERT INTO review.card (id, learner_id, roadmap, question_slug, created_at, state, stability, difficulty, due,
                         last_review, reps, lapses, learning_steps, scheduled_days, elapsed_days)
SELECT id, learner_id, 'backend-8-weeks', 'question-' || question, created_at, state, stability, difficulty,
       CASE state
           WHEN 'NEW' THEN created_at
           WHEN 'REVIEW' THEN last_review + interval '1 day' * greatest(1, round(stability))
           ELSE last_review + interval '10 minutes' END,
       last_review, reps, lapses,
       CASE WHEN state IN ('LEARNING', 'RELEARNING') THEN 1 ELSE 0 END,
       CASE state WHEN 'REVIEW' THEN greatest(1, round(stability)) ELSE 0 END,
       0
FROM (SELECT ('00000000-0000-7000-9000-' || lpad(to_hex(question * :learners + n), 12, '0'))::uuid AS id,
             question, n, learner_id, created_at, state,
             CASE state WHEN 'NEW' THEN 0 WHEN 'REVIEW' THEN 0.5 + 60 * s * s ELSE 0.2 + 3 * s END AS stability,
             CASE state WHEN 'NEW' THEN 0 ELSE 1 + 9 * d END AS difficulty,
             -- in review: reviewed some time after it was introduced; in learning steps: minutes ago
             CASE state
                 WHEN 'NEW' THEN NULL
                 WHEN 'REVIEW' THEN created_at + (now() - created_at) * r
                 ELSE greatest(created_at, now() - interval '20 minutes' * r) END AS last_review,
             CASE state WHEN 'NEW' THEN 0 WHEN 'REVIEW' THEN 2 + floor(d * 8)::int ELSE 1 END AS reps,
             CASE state WHEN 'RELEARNING' THEN 1 WHEN 'REVIEW' THEN floor(s * s * s * 3)::int ELSE 0 END AS lapses
      FROM (SELECT question, n, learner.id AS learner_id,
                   program_start + (now() - program_start) * random() AS created_at,
                   CASE width_bucket(random(), array[0.08, 0.11, 0.12])
                       WHEN 0 THEN 'NEW' WHEN 1 THEN 'LEARNING' WHEN 2 THEN 'RELEARNING' ELSE 'REVIEW' END AS state,
                   random() AS s, random() AS d, random() AS r
            FROM generate_series(0, :cards - 1) AS question
                 CROSS JOIN learner) AS draw) AS card
ORDER BY question, n;

INSERT INTO review.review_log (id, card_id, learner_id, rating, reviewed_at, recorded_at)
SELECT gen_random_uuid(), card.id, card.learner_id, CASE state WHEN 'RELEARNING' THEN 1 ELSE 3 END,
       last_review, last_review
FROM review.card
     JOIN learner ON learner.id = card.learner_id
WHERE learner.n % 10 = 0 AND card.last_review IS NOT NULL;

VACUUM ANALYZE account.account, review.card, review.review_log;

SELECT count(*) AS cards,
       count(*) FILTER (WHERE due <= now()) AS due_now,
       round(count(*) FILTER (WHERE due <= now()) / count(DISTINCT learner_id)::numeric, 1) AS due_per_learner,
       pg_size_pretty(pg_table_size('review.card')) AS table_size,
       pg_size_pretty(pg_indexes_size('review.card')) AS indexes_size,
       (SELECT count(*) FROM review.review_log) AS review_log_rows
FROM review.card;
