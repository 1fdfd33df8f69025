-- How long a learner may be idle (no key, pointer or scroll on any page) before their study timer
-- stops itself. A learner without a row has the default (application setting).
CREATE TABLE plan.idle_limit
(
    learner_id UUID PRIMARY KEY,
    minutes    INT NOT NULL CHECK (minutes BETWEEN 1 AND 240)
);
