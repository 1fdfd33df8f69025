-- The study timer. study_time holds the time counted for learners, one row per stretch within one
-- of the learner's local days; its id is where the stretch came from (a Redis stream entry in full
-- mode, a new UUIDv7 in local mode), so writing the same stretch twice records it once.
-- study_timer holds each learner's timer in local mode; full mode keeps timers in Redis.
CREATE SCHEMA IF NOT EXISTS plan;

CREATE TABLE plan.study_time
(
    id          TEXT PRIMARY KEY,
    learner_id  UUID        NOT NULL,
    day         DATE        NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    ended_at    TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (ended_at > started_at)
);

-- a learner's total for a day
CREATE INDEX study_time_by_learner_day ON plan.study_time (learner_id, day);

CREATE TABLE plan.study_timer
(
    learner_id    UUID PRIMARY KEY,
    status        TEXT   NOT NULL CHECK (status IN ('STOPPED', 'RUNNING', 'PAUSED')),
    running_since TIMESTAMPTZ,
    last_beat     TIMESTAMPTZ,
    version       BIGINT NOT NULL,
    CHECK ((status = 'RUNNING') = (running_since IS NOT NULL AND last_beat IS NOT NULL))
);
