-- Undoing a review keeps it in the log, marked undone; replay skips undone reviews.
ALTER TABLE review.review_log ADD COLUMN undone_at TIMESTAMPTZ;
