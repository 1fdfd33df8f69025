package uz.roadmap.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uz.roadmap.shared.LocalizedText;

/** A submission is judged exactly once, and judging it is what tells the rest of the application. */
class SubmissionTests {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    static final LocalizedText WHY = new LocalizedText("sabab", "why");

    @Test
    void judgingASubmissionRegistersLabAttemptedWithTheLabsTopics() {
        var submission = Submission.receive(UUID.randomUUID(), "backend-8-weeks", "sql-orders-per-status", "SELECT 1", NOW);

        var judged = submission.judged(Judgement.of(Verdict.ACCEPTED, WHY), List.of("sql-queries-joins"), NOW.plusSeconds(1));

        assertThat(judged).isTrue();
        assertThat(submission.pending()).isFalse();
        assertThat(submission.view().verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(submission.events()).singleElement().isInstanceOfSatisfying(LabAttempted.class, event -> {
            assertThat(event.submission()).isEqualTo(submission.id());
            assertThat(event.topics()).containsExactly("sql-queries-joins");
            assertThat(event.verdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(event.judgedAt()).isEqualTo(NOW.plusSeconds(1));
        });
    }

    @Test
    void aSecondVerdictForTheSameSubmissionChangesNothing() {
        var submission = Submission.receive(UUID.randomUUID(), "backend-8-weeks", "sql-orders-per-status", "SELECT 1", NOW);
        submission.judged(Judgement.of(Verdict.WRONG_ANSWER, WHY), List.of(), NOW);

        assertThat(submission.judged(Judgement.of(Verdict.ACCEPTED, WHY), List.of(), NOW)).isFalse();
        assertThat(submission.view().verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(submission.events()).hasSize(1);
    }

    @Test
    void aJudgeThatFailsTwiceClosesTheSubmissionAsAJudgeError() {
        var submission = Submission.receive(UUID.randomUUID(), "backend-8-weeks", "sql-orders-per-status", "SELECT 1", NOW);
        var error = Judgement.of(Verdict.JUDGE_ERROR, WHY);

        assertThat(submission.failed(error, List.of(), NOW)).isFalse();
        assertThat(submission.pending()).isTrue();
        assertThat(submission.failed(error, List.of(), NOW)).isTrue();
        assertThat(submission.view().verdict()).isEqualTo(Verdict.JUDGE_ERROR);
    }
}
