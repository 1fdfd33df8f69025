-- The event publication registry of Spring Modulith: the transactional outbox of domain events.
-- A row is written in the transaction that publishes the event, once per listener, and marked
-- complete when that listener (or the RabbitMQ bridge) has handled it; completed rows are deleted.
CREATE SCHEMA IF NOT EXISTS platform;

CREATE TABLE platform.event_publication
(
    id                     UUID                     NOT NULL PRIMARY KEY,
    listener_id            TEXT                     NOT NULL,
    event_type             TEXT                     NOT NULL,
    serialized_event       TEXT                     NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX event_publication_serialized_event_hash_idx ON platform.event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON platform.event_publication (completion_date);
