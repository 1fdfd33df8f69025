-- Written answers: a draft autosaved while the learner writes, then submitted, self-checked against
-- the key points (the system suggests ticks and a rating; the learner confirms) and rated.
CREATE TABLE review.answer
(
    id               UUID PRIMARY KEY,
    learner_id       UUID        NOT NULL,
    roadmap          TEXT        NOT NULL,
    question_slug    TEXT        NOT NULL,
    text             TEXT        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RATED')),
    suggested_points INT[],
    suggested_rating SMALLINT,
    confirmed_points INT[],
    rating           SMALLINT,
    updated_at       TIMESTAMPTZ NOT NULL,
    submitted_at     TIMESTAMPTZ,
    rated_at         TIMESTAMPTZ
);

-- at most one draft per learner and question
CREATE UNIQUE INDEX answer_one_draft ON review.answer (learner_id, roadmap, question_slug) WHERE status = 'DRAFT';
CREATE INDEX answer_by_learner_question ON review.answer (learner_id, roadmap, question_slug, updated_at);
