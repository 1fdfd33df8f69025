package uz.roadmap.review;

import java.time.Instant;

/** One review of a card, as the log keeps it. */
public record ReviewEntry(int rating, Instant reviewedAt, Instant recordedAt) {
}
