package uz.roadmap.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.account.AccountManagement;
import uz.roadmap.review.QuestionRatings;
import uz.roadmap.review.Recall;

/**
 * Grading mock interviews and reporting on them. Once the answering is over, the learner ticks the
 * key points each answer covered; the last grade completes the mock, and every answer that came out
 * poorly is rated into the question's review card in the same transaction, so that the scheduler
 * brings it back soon. A mentor of the learner's cohort may then see the report and grade it too.
 */
@Service
public class MockGrading {

    /** Ratings below Good (1 Again, 2 Hard) bring a card back soon. */
    static final int GOOD = 3;

    private final Mocks mocks;
    private final AccountManagement accounts;
    private final Recall recall;
    private final QuestionRatings ratings;
    private final Clock clock;

    MockGrading(Mocks mocks, AccountManagement accounts, Recall recall, QuestionRatings ratings, Clock clock) {
        this.mocks = mocks;
        this.accounts = accounts;
        this.recall = recall;
        this.ratings = ratings;
        this.clock = clock;
    }

    /** What became of a grade. */
    public sealed interface Grading {
    }

    /** Kept; {@code complete} when it completed the grading (the learner's, or the mentor's). */
    public record Graded(int number, boolean complete) implements Grading {
    }

    /** Not now: the learner grades once the answering is over and until the mock completes; a mentor after that. */
    public record NotGradable(MockStatus status) implements Grading {
    }

    /** A ticked key point the question does not have. */
    public record InvalidTicks() implements Grading {
    }

    public record UnknownQuestion() implements Grading {
    }

    /** No such mock that the caller may grade (another learner's answers 404 alike). */
    public record UnknownMock() implements Grading, Reporting {
    }

    /**
     * The learner's grade of one answer: the key points covered, by index. The last one completes the
     * mock, and the poorly answered questions are rated into their review cards.
     */
    @Transactional
    public Grading grade(UUID learner, UUID mock, int number, List<Integer> covered) {
        return mocks.findById(mock).filter(found -> found.learner().equals(learner)).<Grading>map(found -> {
            var graded = found.grade(number, covered, now());
            mocks.save(found);
            if (graded instanceof Graded(var ignored, var complete) && complete) {
                rateWeakAnswers(found);
            }
            return graded;
        }).orElseGet(UnknownMock::new);
    }

    /** Every answer rated below Good by its key points becomes a review of its question's card. */
    private void rateWeakAnswers(MockInterview mock) {
        for (var question : mock.sheet().questions()) {
            var rating = recall.ratingFor(mock.roadmap(), question.slug(), question.self().covered());
            if (rating < GOOD) {
                ratings.rate(mock.learner(), mock.roadmap(), question.slug(), rating,
                        "mock:" + mock.id() + ":" + question.number());
            }
        }
    }

    /** A mentor's grade of one answer of a completed mock of a learner in their cohort. */
    @Transactional
    public Grading gradeAsMentor(UUID mentor, UUID mock, int number, List<Integer> covered) {
        return mocks.findById(mock).filter(found -> accounts.mentors(mentor, found.learner())).<Grading>map(found -> {
            var graded = found.gradeAsMentor(number, covered, mentor, now());
            mocks.save(found);
            return graded;
        }).orElseGet(UnknownMock::new);
    }

    /** What there is to report of a mock. */
    public sealed interface Reporting {
    }

    public record Reported(MockReport report) implements Reporting {
    }

    /** The mock is not completed yet: it is reported once the learner has graded it. */
    public record NotCompleted(MockStatus status) implements Reporting {
    }

    /** The report of a mock, for its learner or a mentor of their cohort. */
    @Transactional
    public Reporting report(UUID caller, UUID mock) {
        return visible(caller, mock).<Reporting>map(found -> found.status() != MockStatus.COMPLETED
                ? new NotCompleted(found.status()) : new Reported(report(found))).orElseGet(UnknownMock::new);
    }

    /** The mock as its learner, or a mentor of their cohort, sees it (for grading and listening). */
    @Transactional
    public Optional<MockView> mockFor(UUID caller, UUID mock) {
        return visible(caller, mock).map(found -> MockView.of(found, now()));
    }

    /** The completed mocks of a learner, for a mentor of their cohort (or the learner). */
    public Optional<List<MockSummary>> mocksOf(UUID caller, UUID learner) {
        if (!caller.equals(learner) && !accounts.mentors(caller, learner)) {
            return Optional.empty();
        }
        return Optional.of(mocks.findByLearnerOrderByStartedAt(learner).stream().map(MockSummary::of).toList());
    }

    private Optional<MockInterview> visible(UUID caller, UUID mock) {
        return mocks.findById(mock)
                .filter(found -> found.learner().equals(caller) || accounts.mentors(caller, found.learner()));
    }

    private MockReport report(MockInterview mock) {
        var earlier = mocks.findByLearnerOrderByStartedAt(mock.learner()).stream()
                .filter(other -> other.status() == MockStatus.COMPLETED && other.startedAt().isBefore(mock.startedAt()))
                .map(MockSummary::of).toList();
        return MockReport.of(mock, earlier);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
