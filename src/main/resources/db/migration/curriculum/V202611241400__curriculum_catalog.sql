-- The catalog: the roadmap's content as imported from the files under content/. Items are
-- identified by their slug within a roadmap; their text lives in `body` (JSON, both languages).
-- Learners' history refers to items by slug, so items removed from the files are retired, never
-- deleted, and an item that comes back is simply un-retired.
CREATE SCHEMA IF NOT EXISTS curriculum;

CREATE TABLE curriculum.roadmap
(
    id          UUID PRIMARY KEY,
    slug        TEXT        NOT NULL UNIQUE,
    body        JSONB       NOT NULL,
    checksum    TEXT        NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE curriculum.week
(
    id           UUID PRIMARY KEY,
    roadmap_id   UUID        NOT NULL REFERENCES curriculum.roadmap (id),
    slug         TEXT        NOT NULL,
    week_number  INT         NOT NULL,
    body         JSONB       NOT NULL,
    content_hash TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    retired_at   TIMESTAMPTZ,
    UNIQUE (roadmap_id, slug)
);

CREATE TABLE curriculum.topic
(
    id           UUID PRIMARY KEY,
    roadmap_id   UUID        NOT NULL REFERENCES curriculum.roadmap (id),
    slug         TEXT        NOT NULL,
    week_number  INT         NOT NULL,
    body         JSONB       NOT NULL,
    content_hash TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    retired_at   TIMESTAMPTZ,
    UNIQUE (roadmap_id, slug)
);

CREATE TABLE curriculum.question
(
    id           UUID PRIMARY KEY,
    roadmap_id   UUID        NOT NULL REFERENCES curriculum.roadmap (id),
    slug         TEXT        NOT NULL,
    week_number  INT         NOT NULL,
    topic_slug   TEXT        NOT NULL,
    difficulty   SMALLINT    NOT NULL CHECK (difficulty BETWEEN 1 AND 3),
    body         JSONB       NOT NULL,
    content_hash TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    retired_at   TIMESTAMPTZ,
    UNIQUE (roadmap_id, slug)
);

CREATE INDEX question_by_week ON curriculum.question (roadmap_id, week_number, slug) WHERE retired_at IS NULL;
CREATE INDEX question_by_topic ON curriculum.question (roadmap_id, topic_slug, slug) WHERE retired_at IS NULL;

CREATE TABLE curriculum.self_test_item
(
    id           UUID PRIMARY KEY,
    roadmap_id   UUID        NOT NULL REFERENCES curriculum.roadmap (id),
    slug         TEXT        NOT NULL,
    week_number  INT         NOT NULL,
    topic_slug   TEXT        NOT NULL,
    body         JSONB       NOT NULL,
    content_hash TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    retired_at   TIMESTAMPTZ,
    UNIQUE (roadmap_id, slug)
);

CREATE TABLE curriculum.task
(
    id           UUID PRIMARY KEY,
    roadmap_id   UUID        NOT NULL REFERENCES curriculum.roadmap (id),
    slug         TEXT        NOT NULL,
    week_number  INT         NOT NULL,
    body         JSONB       NOT NULL,
    content_hash TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    retired_at   TIMESTAMPTZ,
    UNIQUE (roadmap_id, slug)
);
