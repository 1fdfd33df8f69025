package uz.roadmap.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import uz.roadmap.shared.LocalizedText;

/**
 * A mock interview as its learner (or their mentor) sees it. While it is being answered, a question's
 * prompt shows once it is asked, and no model answer or key point shows at all; they show for
 * grading.
 *
 * @param current the number of the question to ask or being asked; 0 once every question is done
 */
public record MockView(UUID id, UUID learner, String roadmap, int week, MockStatus status, int thinkSeconds,
        int answerSeconds, Instant startedAt, @Nullable Instant completedAt, int current, List<Question> questions) {

    /**
     * @param deadline when the answer time ends (while asked and open)
     * @param suggested for a typed answer, the key points it seems to cover
     * @param selfCovered the key points the learner ticked; {@code mentorCovered} those their mentor ticked
     */
    public record Question(int number, String topic, int difficulty, @Nullable LocalizedText prompt,
            @Nullable Instant askedAt, @Nullable Instant deadline, boolean answered, int secondsUsed,
            @Nullable String typed, boolean spoken, boolean recorded, @Nullable String question,
            @Nullable LocalizedText answer, List<KeyPoint> keyPoints, List<Integer> suggested,
            @Nullable List<Integer> selfCovered, @Nullable List<Integer> mentorCovered) {
    }

    public record KeyPoint(LocalizedText text, boolean essential) {
    }

    static MockView of(MockInterview mock, Instant now) {
        var grading = mock.status() == MockStatus.GRADING || mock.status() == MockStatus.COMPLETED;
        return new MockView(mock.id(), mock.learner(), mock.roadmap(), mock.week(), mock.status(), mock.thinkSeconds(),
                mock.answerSeconds(), mock.startedAt(), mock.completedAt(), mock.current(now),
                mock.sheet().questions().stream().map(question -> new Question(question.number(), question.topic(),
                        question.difficulty(), question.askedAt() != null || grading ? question.prompt() : null,
                        question.askedAt(), mock.deadline(question), question.answeredAt() != null, question.secondsUsed(),
                        question.typed(), question.spoken(), question.recording() != null,
                        grading ? question.slug() : null, grading ? question.answer() : null,
                        grading ? question.keyPoints().stream().map(point -> new KeyPoint(point.text(), point.essential())).toList()
                                : List.of(),
                        grading ? question.suggested() : List.of(),
                        question.self() == null ? null : question.self().covered(),
                        question.mentor() == null ? null : question.mentor().covered()))
                        .toList());
    }
}
