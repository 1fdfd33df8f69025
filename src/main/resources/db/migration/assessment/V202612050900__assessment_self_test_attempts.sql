-- Weekly self-test attempts. An attempt is one aggregate: the items drawn for it (a copy of each
-- item as it was when drawn, in the attempt's shuffled order, with the learner's response) are
-- read and written whole, so they live in one JSONB document beside the attempt's own columns.
CREATE SCHEMA IF NOT EXISTS assessment;

CREATE TABLE assessment.attempt
(
    id           UUID PRIMARY KEY,
    learner_id   UUID        NOT NULL,
    roadmap      TEXT        NOT NULL,
    week         INT         NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('STARTED', 'SUBMITTED', 'EXPIRED')),
    started_at   TIMESTAMPTZ NOT NULL,
    deadline     TIMESTAMPTZ,
    submitted_at TIMESTAMPTZ,
    paper        JSONB       NOT NULL,
    start_key    TEXT,
    submit_key   TEXT,
    version      INT         NOT NULL
);

-- a learner has at most one open attempt per week: starting again resumes it
CREATE UNIQUE INDEX attempt_one_open ON assessment.attempt (learner_id, roadmap, week) WHERE status = 'STARTED';
-- a retried start (same Idempotency-Key) finds the attempt it made
CREATE UNIQUE INDEX attempt_by_start_key ON assessment.attempt (learner_id, start_key) WHERE start_key IS NOT NULL;
CREATE INDEX attempt_by_learner ON assessment.attempt (learner_id, roadmap, week, started_at);
-- the attempts whose time is up, for the server to submit them
CREATE INDEX attempt_open_by_deadline ON assessment.attempt (deadline) WHERE status = 'STARTED' AND deadline IS NOT NULL;
