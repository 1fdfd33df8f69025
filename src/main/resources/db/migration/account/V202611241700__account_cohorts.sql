-- Cohorts: a mentor's group of learners, joined with an invite code.
CREATE TABLE account.cohort
(
    id          UUID PRIMARY KEY,
    name        TEXT        NOT NULL,
    mentor_id   UUID        NOT NULL REFERENCES account.account (id) ON DELETE CASCADE,
    invite_code TEXT        NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX cohort_by_mentor ON account.cohort (mentor_id);

CREATE TABLE account.cohort_member
(
    cohort_id  UUID        NOT NULL REFERENCES account.cohort (id) ON DELETE CASCADE,
    learner_id UUID        NOT NULL REFERENCES account.account (id) ON DELETE CASCADE,
    joined_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cohort_id, learner_id)
);

CREATE INDEX cohort_member_by_learner ON account.cohort_member (learner_id);
