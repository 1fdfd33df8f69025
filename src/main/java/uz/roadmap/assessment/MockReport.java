package uz.roadmap.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import uz.roadmap.shared.LocalizedText;

/**
 * The report of a completed mock: coverage of each question and each topic by the learner's grades
 * (and their mentor's, kept beside them), the essential points missed, the time each answer took,
 * and how it compares with the learner's earlier mocks.
 *
 * @param coverage the share of all key points covered, 0 to 1, by the learner's grades
 * @param mentorCoverage the same by the mentor's grades, once the mentor graded every question
 * @param earlier the learner's earlier completed mocks, oldest first: the trend
 */
public record MockReport(UUID id, UUID learner, int week, MockStatus status, Instant startedAt, @Nullable Instant completedAt,
        int thinkSeconds, int answerSeconds, double coverage, @Nullable Double mentorCoverage, int secondsUsed,
        List<QuestionResult> questions, List<TopicResult> topics, List<MockSummary> earlier) {

    /**
     * @param essentialMissed the essential key points the learner's grade left uncovered
     * @param mentorEssentialMissed the same by the mentor's grade
     */
    public record QuestionResult(int number, String question, String topic, int difficulty, LocalizedText prompt,
            boolean answered, boolean spoken, boolean recorded, @Nullable String typed, int secondsUsed, int keyPoints,
            double coverage, @Nullable Double mentorCoverage, List<LocalizedText> essentialMissed,
            List<LocalizedText> mentorEssentialMissed) {
    }

    public record TopicResult(String topic, double coverage, @Nullable Double mentorCoverage) {
    }

    static MockReport of(MockInterview mock, List<MockSummary> earlier) {
        var questions = mock.sheet().questions().stream().map(question -> new QuestionResult(question.number(),
                question.slug(), question.topic(), question.difficulty(), question.prompt(), question.answeredAt() != null,
                question.spoken(), question.recording() != null, question.typed(), question.secondsUsed(),
                question.keyPoints().size(), question.self() == null ? 0 : question.coverage(question.self()),
                question.mentor() == null ? null : question.coverage(question.mentor()),
                question.self() == null ? List.of() : texts(question, question.essentialMissed(question.self())),
                question.mentor() == null ? List.of() : texts(question, question.essentialMissed(question.mentor()))))
                .toList();
        Map<String, List<QuestionResult>> byTopic = new TreeMap<>();
        questions.forEach(result -> byTopic.computeIfAbsent(result.topic(), topic -> new ArrayList<>()).add(result));
        var mentorGraded = mock.sheet().questions().stream().allMatch(question -> question.mentor() != null);
        var topics = byTopic.entrySet().stream().map(entry -> new TopicResult(entry.getKey(),
                entry.getValue().stream().mapToDouble(QuestionResult::coverage).average().orElse(0),
                mentorGraded ? entry.getValue().stream().mapToDouble(result -> result.mentorCoverage()).average().orElse(0)
                        : null))
                .toList();
        var self = coverage(mock, false);
        return new MockReport(mock.id(), mock.learner(), mock.week(), mock.status(), mock.startedAt(), mock.completedAt(),
                mock.thinkSeconds(), mock.answerSeconds(), self == null ? 0 : self, coverage(mock, true),
                questions.stream().mapToInt(QuestionResult::secondsUsed).sum(), questions, topics, earlier);
    }

    /** The share of all key points covered by every question's grade (the learner's, or the mentor's); null while any is ungraded. */
    static @Nullable Double coverage(MockInterview mock, boolean mentor) {
        var questions = mock.sheet().questions();
        if (questions.stream().anyMatch(question -> (mentor ? question.mentor() : question.self()) == null)) {
            return null;
        }
        return questions.stream().mapToDouble(question -> question.coverage(mentor ? question.mentor() : question.self()))
                .average().orElse(0);
    }

    private static List<LocalizedText> texts(MockSheet.Question question, List<Integer> indexes) {
        return indexes.stream().map(index -> question.keyPoints().get(index).text()).toList();
    }
}
