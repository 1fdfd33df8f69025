package uz.roadmap.review;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One review of a card, as the log keeps it.
 *
 * @param reviewedAt when the learner reviewed (an offline client sends it later)
 * @param recordedAt when the server recorded it
 * @param state the card's state when it was reviewed (NEW, LEARNING, REVIEW or RELEARNING)
 * @param due when the review scheduled the card next
 * @param scheduledDays the interval it scheduled, in days (0 for a learning step)
 */
public record ReviewEntry(int rating, Instant reviewedAt, Instant recordedAt, @Nullable String state,
        @Nullable Instant due, @Nullable Integer scheduledDays) {
}
