-- Spaced repetition: a learner's card for each question they have met, with its FSRS state, and
-- the append-only log of every review. A card's state can always be rebuilt by replaying its log.
CREATE SCHEMA IF NOT EXISTS review;

CREATE TABLE review.card
(
    id             UUID PRIMARY KEY,
    learner_id     UUID             NOT NULL,
    roadmap        TEXT             NOT NULL,
    question_slug  TEXT             NOT NULL,
    created_at     TIMESTAMPTZ      NOT NULL,
    state          TEXT             NOT NULL,
    stability      DOUBLE PRECISION NOT NULL,
    difficulty     DOUBLE PRECISION NOT NULL,
    due            TIMESTAMPTZ      NOT NULL,
    last_review    TIMESTAMPTZ,
    reps           INT              NOT NULL,
    lapses         INT              NOT NULL,
    learning_steps INT              NOT NULL,
    scheduled_days INT              NOT NULL,
    elapsed_days   INT              NOT NULL,
    UNIQUE (learner_id, roadmap, question_slug)
);

-- the due queue: a learner's cards by due instant
CREATE INDEX card_by_learner_due ON review.card (learner_id, due);

CREATE TABLE review.review_log
(
    id              UUID PRIMARY KEY,
    card_id         UUID        NOT NULL REFERENCES review.card (id) ON DELETE CASCADE,
    learner_id      UUID        NOT NULL,
    rating          SMALLINT    NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_at     TIMESTAMPTZ NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    idempotency_key TEXT,
    UNIQUE (learner_id, idempotency_key)
);

CREATE INDEX review_log_by_card ON review.review_log (card_id, reviewed_at);
