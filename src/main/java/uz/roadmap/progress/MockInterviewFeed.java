package uz.roadmap.progress;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uz.roadmap.assessment.MockInterviewCompleted;
import uz.roadmap.assessment.MockInterviewHistory;

/**
 * Mock interviews, from the assessment module: each topic's share of key points covered, as graded
 * by the learner and (kept beside it) by their mentor; a mentor's later regrading replaces theirs.
 */
@Component
class MockInterviewFeed implements EvidenceFeed {

    private final EvidenceLog log;
    private final MockInterviewHistory history;

    MockInterviewFeed(EvidenceLog log, MockInterviewHistory history) {
        this.log = log;
        this.history = history;
    }

    @ApplicationModuleListener
    void on(MockInterviewCompleted completed) {
        var grading = UUID.nameUUIDFromBytes((completed.mock() + ":" + completed.grader()).getBytes(StandardCharsets.UTF_8));
        var byTopic = completed.questions().stream().collect(Collectors.groupingBy(MockInterviewCompleted.QuestionCoverage::topic));
        byTopic.forEach((topic, questions) -> log.record(EvidenceKind.MOCK_INTERVIEW, grading, topic, completed.learner(),
                completed.roadmap(), completed.grader().name().toLowerCase(Locale.ROOT),
                questions.stream().allMatch(MockInterviewCompleted.QuestionCoverage::answered),
                (int) Math.round(100 * questions.stream().mapToDouble(MockInterviewCompleted.QuestionCoverage::coverage)
                        .average().orElse(0)),
                completed.completedAt()));
    }

    @Override
    public Set<EvidenceKind> kinds() {
        return Set.of(EvidenceKind.MOCK_INTERVIEW);
    }

    @Override
    public List<UUID> learners() {
        return history.learners();
    }

    @Override
    public void replay(UUID learner) {
        history.completed(learner).forEach(this::on);
    }
}
