package uz.roadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uz.roadmap.assessment.MockGrading.Graded;
import uz.roadmap.assessment.MockGrading.InvalidTicks;
import uz.roadmap.assessment.MockGrading.NotGradable;
import uz.roadmap.assessment.MockInterviewCompleted.Grader;
import uz.roadmap.assessment.MockInterviews.AlreadyAnswered;
import uz.roadmap.assessment.MockInterviews.Answered;
import uz.roadmap.assessment.MockInterviews.Asked;
import uz.roadmap.assessment.MockInterviews.EmptyAnswer;
import uz.roadmap.assessment.MockInterviews.NotAsked;
import uz.roadmap.assessment.MockInterviews.NotCurrent;
import uz.roadmap.assessment.MockInterviews.Over;
import uz.roadmap.assessment.MockInterviews.TimeUp;

/**
 * The mock interview guards its own state: questions asked in order, answers taken only in their
 * time, grading only once the answering is over, completed once with its event.
 */
class MockInterviewTests {

    private static final Instant START = Instant.parse("2026-12-05T08:00:00Z");
    private static final UUID LEARNER = UUID.randomUUID();
    private static final UUID MENTOR = UUID.randomUUID();

    @Test
    void questionsAreAskedInOrderAndAReloadResumesTheOneBeingAsked() {
        var mock = start(3);

        assertThat(mock.ask(2, START)).isEqualTo(new NotCurrent(1));
        assertThat(mock.ask(1, START)).isEqualTo(new Asked(1));
        assertThat(mock.status()).isEqualTo(MockStatus.ANSWERING);
        assertThat(mock.ask(1, START.plusSeconds(40))).as("asked again after a reload").isEqualTo(new Asked(1));
        assertThat(mock.sheet().questions().getFirst().askedAt()).as("its time still counts from the first ask").isEqualTo(START);
        assertThat(mock.ask(2, START.plusSeconds(40))).isEqualTo(new NotCurrent(1));
    }

    @Test
    void anAnswerIsTakenWithinItsThinkAndAnswerTimeOnly() {
        var mock = start(3);
        mock.ask(1, START);

        assertThat(mock.answer(2, "", true, 10, List.of(), START)).isEqualTo(new NotAsked());
        assertThat(mock.answer(1, "  ", false, 10, List.of(), START)).isEqualTo(new EmptyAnswer(EmptyAnswer.Reason.NOTHING));
        assertThat(mock.answer(1, "x".repeat(MockInterview.MAX_TEXT + 1), false, 10, List.of(), START))
                .isEqualTo(new EmptyAnswer(EmptyAnswer.Reason.TOO_LONG));
        assertThat(mock.answer(1, "first, then second", false, 500, List.of(0, 1), START.plusSeconds(100)))
                .isEqualTo(new Answered(1, false));
        assertThat(mock.sheet().questions().getFirst().secondsUsed()).as("no more than the server saw").isEqualTo(100);
        assertThat(mock.answer(1, "again", false, 10, List.of(), START.plusSeconds(110))).isEqualTo(new AlreadyAnswered());

        mock.ask(2, START.plusSeconds(120));
        var late = START.plusSeconds(120).plus(Duration.ofSeconds(30 + 180)).plus(MockInterview.GRACE).plusSeconds(1);
        assertThat(mock.answer(2, "too late", false, 10, List.of(), late)).isEqualTo(new TimeUp());
        assertThat(mock.current(late)).as("a question out of time is done: the next one is asked").isEqualTo(3);
    }

    @Test
    void theLastAnswerEndsTheAnsweringAndNothingMoreIsTaken() {
        var mock = start(2);
        mock.ask(1, START);
        mock.answer(1, "", true, 60, List.of(), START.plusSeconds(60));
        mock.ask(2, START.plusSeconds(70));

        assertThat(mock.answer(2, "first", false, 30, List.of(0), START.plusSeconds(100))).isEqualTo(new Answered(2, true));
        assertThat(mock.status()).isEqualTo(MockStatus.GRADING);
        assertThat(mock.ask(2, START.plusSeconds(101))).isEqualTo(new Over(MockStatus.GRADING));
    }

    @Test
    void gradingBeforeTheEndIsRefusedAndTheLastGradeCompletesTheMockOnce() {
        var mock = start(2);
        mock.ask(1, START);

        assertThat(mock.grade(1, List.of(0), START.plusSeconds(5))).isEqualTo(new NotGradable(MockStatus.ANSWERING));

        mock.answer(1, "first", false, 20, List.of(0), START.plusSeconds(20));
        assertThat(mock.finish(START.plusSeconds(30))).isTrue();
        assertThat(mock.grade(1, List.of(7), START.plusSeconds(40))).isEqualTo(new InvalidTicks());
        assertThat(mock.grade(1, List.of(0, 1), START.plusSeconds(40))).isEqualTo(new Graded(1, false));
        assertThat(mock.registeredEvents()).isEmpty();
        assertThat(mock.grade(2, List.of(), START.plusSeconds(50))).isEqualTo(new Graded(2, true));

        assertThat(mock.status()).isEqualTo(MockStatus.COMPLETED);
        assertThat(mock.registeredEvents()).singleElement().isInstanceOfSatisfying(MockInterviewCompleted.class, event -> {
            assertThat(event.learner()).isEqualTo(LEARNER);
            assertThat(event.grader()).isEqualTo(Grader.LEARNER);
            assertThat(event.gradedBy()).isEqualTo(LEARNER);
            assertThat(event.questions()).extracting(MockInterviewCompleted.QuestionCoverage::topic)
                    .containsExactly("topic-1", "topic-2");
            var first = event.questions().getFirst();
            assertThat(first.covered()).isEqualTo(2);
            assertThat(first.coverage()).isEqualTo(2 / 3.0);
            assertThat(first.essentialMissed()).isEmpty();
            var second = event.questions().get(1);
            assertThat(second.answered()).isFalse();
            assertThat(second.essentialMissed()).containsExactly(0);
        });
        assertThat(mock.grade(1, List.of(), START.plusSeconds(60))).as("a completed mock's grades stay")
                .isEqualTo(new NotGradable(MockStatus.COMPLETED));
    }

    @Test
    void aMentorGradesACompletedMockAndTheirGradesAreKeptBesideTheLearners() {
        var mock = completed(2);

        assertThat(mock.gradeAsMentor(1, List.of(0), MENTOR, START.plusSeconds(200))).isEqualTo(new Graded(1, false));
        assertThat(mock.gradeAsMentor(2, List.of(), MENTOR, START.plusSeconds(210))).isEqualTo(new Graded(2, true));

        assertThat(mock.sheet().questions().getFirst().self().covered()).containsExactly(0, 1, 2);
        assertThat(mock.sheet().questions().getFirst().mentor().covered()).containsExactly(0);
        assertThat(mock.registeredEvents()).hasSize(2).last().isInstanceOfSatisfying(MockInterviewCompleted.class, event -> {
            assertThat(event.grader()).isEqualTo(Grader.MENTOR);
            assertThat(event.gradedBy()).isEqualTo(MENTOR);
            assertThat(event.questions().getFirst().coverage()).isEqualTo(1 / 3.0);
        });
    }

    @Test
    void aMentorGradesOnlyOnceTheLearnerHasCompletedTheMock() {
        var mock = start(1);
        mock.ask(1, START);
        mock.finish(START.plusSeconds(10));

        assertThat(mock.gradeAsMentor(1, List.of(0), MENTOR, START.plusSeconds(20))).isEqualTo(new NotGradable(MockStatus.GRADING));
    }

    @Test
    void aRecordingIsTakenForAnAskedQuestionInItsTimeOrOnceAnsweredAloud() {
        var mock = start(2);
        assertThat(mock.takesRecording(1, START)).as("not asked yet").isFalse();
        mock.ask(1, START);
        assertThat(mock.takesRecording(1, START.plusSeconds(10))).isTrue();
        mock.answer(1, "", true, 60, List.of(), START.plusSeconds(60));
        assertThat(mock.takesRecording(1, START.plus(Duration.ofHours(1)))).as("the upload may resume later").isTrue();

        mock.ask(2, START.plusSeconds(70));
        var late = START.plusSeconds(70).plus(Duration.ofMinutes(5));
        assertThat(mock.takesRecording(2, late)).as("out of time, never answered").isFalse();
    }

    @Test
    void aMockHasQuestions() {
        assertThatThrownBy(() -> MockInterview.start(LEARNER, "r", 2, List.of(), MockTiming.DEFAULT, START, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MockInterview start(int questions) {
        return MockInterview.start(LEARNER, "backend-8-weeks", 3, MockFixtures.sheet(questions), MockTiming.DEFAULT, START, null);
    }

    private static MockInterview completed(int questions) {
        var mock = start(questions);
        for (var number = 1; number <= questions; number++) {
            mock.ask(number, START.plusSeconds(number * 10L));
            mock.answer(number, "", true, 5, List.of(), START.plusSeconds(number * 10L + 5));
        }
        for (var number = 1; number <= questions; number++) {
            mock.grade(number, number == 1 ? List.of(0, 1, 2) : List.of(), START.plusSeconds(100 + number));
        }
        return mock;
    }
}
