-- Reviews their learner undid. The listeners run concurrently, so a review's undoing may be handled
-- before the review itself: when the review arrives after, it finds itself here and is not counted.
CREATE TABLE progress.undone_review
(
    card_id     UUID        NOT NULL,
    reviewed_at TIMESTAMPTZ NOT NULL,
    learner_id  UUID        NOT NULL,
    PRIMARY KEY (card_id, reviewed_at)
);
CREATE INDEX undone_review_by_learner ON progress.undone_review (learner_id);
