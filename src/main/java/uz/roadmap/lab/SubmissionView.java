package uz.roadmap.lab;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A submission as its learner sees it: pending until the judge has spoken, then with the verdict
 * and what explains it.
 */
public record SubmissionView(UUID id, String roadmap, String lab, String sql, boolean pending, Instant submittedAt,
        @Nullable Instant judgedAt, @Nullable Verdict verdict, @Nullable Judgement judgement) {
}
