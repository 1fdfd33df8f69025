-- Accounts of learners, mentors and admins. Email is unique regardless of case; passwords are
-- stored only as hashes of Spring Security's delegating encoder ({bcrypt}…).
CREATE SCHEMA IF NOT EXISTS account;

CREATE TABLE account.account
(
    id               UUID PRIMARY KEY,
    version          INT         NOT NULL,
    email            TEXT        NOT NULL,
    password_hash    TEXT        NOT NULL,
    role             TEXT        NOT NULL CHECK (role IN ('LEARNER', 'MENTOR', 'ADMIN')),
    display_name     TEXT        NOT NULL,
    language         TEXT        NOT NULL CHECK (language IN ('uz', 'en')),
    time_zone        TEXT        NOT NULL,
    program_start    DATE,
    interview_date   DATE,
    daily_hours_goal INT         NOT NULL CHECK (daily_hours_goal BETWEEN 1 AND 12),
    created_at       TIMESTAMPTZ NOT NULL
);

CREATE UNIQUE INDEX account_email_unique ON account.account (lower(email));
