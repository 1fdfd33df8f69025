package uz.roadmap.assessment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One of a learner's mocks in a list: when, how far it got, and the share of key points covered
 * by the learner's own grades (and their mentor's, when there are any).
 */
public record MockSummary(UUID id, int week, MockStatus status, Instant startedAt, @Nullable Instant completedAt,
        int questions, @Nullable Double coverage, @Nullable Double mentorCoverage) {

    static MockSummary of(MockInterview mock) {
        return new MockSummary(mock.id(), mock.week(), mock.status(), mock.startedAt(), mock.completedAt(),
                mock.sheet().questions().size(), MockReport.coverage(mock, false), MockReport.coverage(mock, true));
    }
}
