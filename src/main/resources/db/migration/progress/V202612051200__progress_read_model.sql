-- The progress module's read model: facts copied from other modules' events (reviews, rated answers,
-- self-test scores, later lab and mock-interview outcomes). Every row is keyed by the identity its
-- event carries, so a redelivered event inserts nothing; all of it can be rebuilt from the modules
-- that own the facts (`progress rebuild`), except the learner's own settings.
CREATE SCHEMA IF NOT EXISTS progress;

-- each card's latest known state: enough for its recall at any moment and its next due date
CREATE TABLE progress.card
(
    card_id     UUID PRIMARY KEY,
    learner_id  UUID             NOT NULL,
    roadmap     TEXT             NOT NULL,
    question    TEXT             NOT NULL,
    stability   DOUBLE PRECISION NOT NULL,
    last_review TIMESTAMPTZ      NOT NULL,
    due         TIMESTAMPTZ      NOT NULL
);
CREATE INDEX card_by_learner ON progress.card (learner_id, roadmap);

-- every review; graduated = the card had a review interval of a day or more before it (for true retention)
CREATE TABLE progress.review
(
    card_id     UUID        NOT NULL,
    reviewed_at TIMESTAMPTZ NOT NULL,
    learner_id  UUID        NOT NULL,
    rating      SMALLINT    NOT NULL,
    due         TIMESTAMPTZ NOT NULL,
    graduated   BOOLEAN     NOT NULL,
    PRIMARY KEY (card_id, reviewed_at)
);
CREATE INDEX review_by_learner ON progress.review (learner_id, reviewed_at);

-- reviews and answers per day in the learner's time zone: the heatmap and the streak read only this
CREATE TABLE progress.activity_day
(
    learner_id UUID NOT NULL,
    day        DATE NOT NULL,
    reviews    INT  NOT NULL DEFAULT 0,
    answers    INT  NOT NULL DEFAULT 0,
    PRIMARY KEY (learner_id, day)
);

-- every rated written answer with the key points it covered
CREATE TABLE progress.answer
(
    answer_id   UUID PRIMARY KEY,
    learner_id  UUID        NOT NULL,
    roadmap     TEXT        NOT NULL,
    question    TEXT        NOT NULL,
    covered     INT         NOT NULL,
    key_points  INT         NOT NULL,
    rating      SMALLINT    NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX answer_by_learner ON progress.answer (learner_id, roadmap, question);

-- each topic's score in each closed self-test attempt
CREATE TABLE progress.self_test
(
    attempt_id   UUID        NOT NULL,
    topic        TEXT        NOT NULL,
    learner_id   UUID        NOT NULL,
    roadmap      TEXT        NOT NULL,
    week         INT         NOT NULL,
    right_items  INT         NOT NULL,
    items        INT         NOT NULL,
    percent      INT         NOT NULL,
    cbm          INT         NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (attempt_id, topic)
);
CREATE INDEX self_test_by_learner ON progress.self_test (learner_id, roadmap, topic, submitted_at);

-- outcomes of other kinds of evidence, one row per source and topic: LAB (subject = the task),
-- MOCK_INTERVIEW, SIGN_OFF
CREATE TABLE progress.outcome
(
    kind       TEXT        NOT NULL,
    source_id  UUID        NOT NULL,
    topic      TEXT        NOT NULL,
    learner_id UUID        NOT NULL,
    roadmap    TEXT        NOT NULL,
    subject    TEXT        NOT NULL,
    passed     BOOLEAN     NOT NULL,
    percent    INT         NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, source_id, topic)
);
CREATE INDEX outcome_by_learner ON progress.outcome (learner_id, roadmap, topic);

-- what the learner chose: the reviews a day that keep the streak going
CREATE TABLE progress.settings
(
    learner_id     UUID PRIMARY KEY,
    streak_minimum INT NOT NULL CHECK (streak_minimum BETWEEN 1 AND 1000)
);
