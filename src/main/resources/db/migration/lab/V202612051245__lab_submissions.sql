-- Submissions to auto-graded labs. A submission is received pending and judged once; its
-- judgement (the verdict with what explains it: rows missing or extra, the SQL error, the plan) is
-- one document read and written whole.
CREATE SCHEMA IF NOT EXISTS lab;

CREATE TABLE lab.submission
(
    id           UUID PRIMARY KEY,
    learner_id   UUID        NOT NULL,
    roadmap      TEXT        NOT NULL,
    lab          TEXT        NOT NULL,
    sql          TEXT        NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('PENDING', 'JUDGED')),
    submitted_at TIMESTAMPTZ NOT NULL,
    judged_at    TIMESTAMPTZ,
    verdict      TEXT CHECK (verdict IN ('ACCEPTED', 'WRONG_ANSWER', 'SQL_ERROR', 'TIME_LIMIT', 'OUTPUT_LIMIT', 'REJECTED',
                                         'JUDGE_ERROR')),
    judgement    JSONB,
    tries        INT         NOT NULL DEFAULT 0,
    version      INT         NOT NULL,
    CHECK ((status = 'PENDING') = (verdict IS NULL))
);

-- a learner's submissions to a lab, newest first
CREATE INDEX submission_by_learner ON lab.submission (learner_id, roadmap, lab, submitted_at DESC);
-- the work still to judge
CREATE INDEX submission_pending ON lab.submission (submitted_at) WHERE status = 'PENDING';
