-- A learner's review settings: how well they want to remember, how many reviews of graduated
-- cards a day at most, and how future reviews are spread over days.
CREATE TABLE review.learner_settings
(
    learner_id         UUID PRIMARY KEY,
    desired_retention  DOUBLE PRECISION NOT NULL CHECK (desired_retention BETWEEN 0.70 AND 0.97),
    daily_review_limit INT              NOT NULL CHECK (daily_review_limit BETWEEN 1 AND 9999),
    load_balancing     BOOLEAN          NOT NULL,
    easy_days          SMALLINT[]       NOT NULL -- ISO weekdays: 1 Monday … 7 Sunday
);

-- Each review keeps the state the card was in (reviews of REVIEW cards count toward the daily
-- limit) and what it scheduled, so that replaying the log gives the same due instants whatever the
-- learner's settings and the day's workload were then. Reviews logged before this have neither.
ALTER TABLE review.review_log
    ADD COLUMN prior_state    TEXT,
    ADD COLUMN due            TIMESTAMPTZ,
    ADD COLUMN scheduled_days INT;

-- today's reviews of a learner (the daily limit), and their latest review (undo)
CREATE INDEX review_log_by_learner_reviewed ON review.review_log (learner_id, reviewed_at);
CREATE INDEX review_log_by_learner_recorded ON review.review_log (learner_id, recorded_at);
