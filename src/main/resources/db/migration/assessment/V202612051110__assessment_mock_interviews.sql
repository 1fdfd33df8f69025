-- Mock interviews. A mock is one aggregate: its questions (a copy of each as drawn, with the
-- answer, the recording's key and the learner's and the mentor's grades) are read and written
-- whole, so they live in one JSONB document beside the mock's own columns.
CREATE TABLE assessment.mock_interview
(
    id                 UUID PRIMARY KEY,
    learner_id         UUID        NOT NULL,
    roadmap            TEXT        NOT NULL,
    week               INT         NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('STARTED', 'ANSWERING', 'GRADING', 'COMPLETED')),
    think_seconds      INT         NOT NULL,
    answer_seconds     INT         NOT NULL,
    started_at         TIMESTAMPTZ NOT NULL,
    answering_ended_at TIMESTAMPTZ,
    completed_at       TIMESTAMPTZ,
    sheet              JSONB       NOT NULL,
    start_key          TEXT,
    version            INT         NOT NULL
);

-- a learner answers at most one mock at a time: starting again resumes it
CREATE UNIQUE INDEX mock_interview_one_open ON assessment.mock_interview (learner_id) WHERE status IN ('STARTED', 'ANSWERING');
-- a retried start (same Idempotency-Key) finds the mock it made
CREATE UNIQUE INDEX mock_interview_by_start_key ON assessment.mock_interview (learner_id, start_key) WHERE start_key IS NOT NULL;
CREATE INDEX mock_interview_by_learner ON assessment.mock_interview (learner_id, started_at);

-- Recordings being uploaded in chunks: how much of each has arrived, so that an upload cut off
-- resumes where it stopped. The chunks are objects of their own until the last one arrives.
CREATE TABLE assessment.mock_recording_upload
(
    mock_id      UUID        NOT NULL REFERENCES assessment.mock_interview (id) ON DELETE CASCADE,
    question     INT         NOT NULL,
    content_type TEXT        NOT NULL,
    total_bytes  BIGINT      NOT NULL,
    received     BIGINT      NOT NULL,
    chunks       INT         NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (mock_id, question)
);
