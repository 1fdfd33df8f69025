package uz.roadmap.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.account.AccountManagement;
import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.curriculum.QuestionFilter;
import uz.roadmap.review.Recall;
import uz.roadmap.shared.ProgramCalendar;

/**
 * Mock interviews, as the learner goes through one: start it (its questions drawn from the weeks
 * studied, leaning toward weak topics), have each question put to them and answer it within its
 * time, aloud or typed, then go on to grading ({@link MockGrading}). Open from week 2 of the program.
 */
@Service
public class MockInterviews {

    /** How many questions a mock has unless the learner asks for another number: about 30 minutes. */
    public static final int DEFAULT_QUESTIONS = 6;
    public static final int MAX_QUESTIONS = 12;
    /** The first week of the program in which mocks are open. */
    public static final int FIRST_WEEK = 2;

    private final Mocks mocks;
    private final Curriculum curriculum;
    private final AccountManagement accounts;
    private final TopicWeakness weakness;
    private final Recall recall;
    private final Clock clock;

    MockInterviews(Mocks mocks, Curriculum curriculum, AccountManagement accounts, TopicWeakness weakness, Recall recall,
            Clock clock) {
        this.mocks = mocks;
        this.curriculum = curriculum;
        this.accounts = accounts;
        this.weakness = weakness;
        this.recall = recall;
        this.clock = clock;
    }

    /** What became of a request to start a mock. */
    public sealed interface Start {
    }

    /** The mock to take: a new one, or ({@code resumed}) the one the learner has open, or the one this key started. */
    public record Started(MockView mock, boolean resumed) implements Start {
    }

    /** The learner's program has not reached the week mocks open in (or has not started). */
    public record NotOpenYet(int week) implements Start {
    }

    /** The roadmap has no questions in the weeks studied. */
    public record NoQuestions() implements Start {
    }

    /**
     * Starts a mock interview for the learner in their current program week, or resumes the one they
     * have open.
     *
     * @param questions how many questions, 1 to {@value #MAX_QUESTIONS}
     * @param key the {@code Idempotency-Key} of the request, so that a retry finds the mock it started
     */
    @Transactional
    public Start start(UUID learner, String roadmap, int questions, MockTiming timing, @Nullable String key) {
        mocks.lockStartsOf(learner);
        if (key != null) {
            var earlier = mocks.findByLearnerAndStartKey(learner, key);
            if (earlier.isPresent()) {
                return new Started(view(earlier.get()), true);
            }
        }
        var open = mocks.findOpen(learner).map(this::settle).filter(MockInterview::isOpen);
        if (open.isPresent()) {
            return new Started(view(open.get()), true);
        }
        var week = programWeek(learner);
        if (week < FIRST_WEEK) {
            return new NotOpenYet(week);
        }
        var studied = studiedWeeks(week);
        var candidates = studied.stream()
                .flatMap(number -> curriculum.questions(roadmap, new QuestionFilter(number, null, null), 0,
                        Curriculum.MAX_PAGE_SIZE).items().stream())
                .toList();
        if (candidates.isEmpty()) {
            return new NoQuestions();
        }
        var inWeek = Math.min(week, ProgramCalendar.WEEKS);
        var drawn = MockDraw.draw(candidates, weakness.of(learner, roadmap), inWeek, Math.clamp(questions, 1, MAX_QUESTIONS),
                new Random());
        var sheet = IntStream.range(0, drawn.size()).mapToObj(index -> sheetQuestion(index + 1, drawn.get(index))).toList();
        return new Started(view(mocks.save(MockInterview.start(learner, roadmap, inWeek, sheet, timing, now(), key))), false);
    }

    /**
     * The weeks a learner in this program week has studied: the weeks before it, and after the
     * program (in maintenance, when the week stays 8 but the days go on) every week.
     */
    static List<Integer> studiedWeeks(int week) {
        return IntStream.range(1, week).boxed().toList();
    }

    /** The learner's program week; 9 once the program is over (every week studied). */
    private int programWeek(UUID learner) {
        return accounts.profile(learner).filter(profile -> profile.programStart() != null).map(profile -> {
            var day = ProgramCalendar.day(profile.programStart(), profile.timeZone(), clock.instant());
            return day > ProgramCalendar.DAYS ? ProgramCalendar.WEEKS + 1 : ProgramCalendar.week(day);
        }).orElse(0);
    }

    private static MockSheet.Question sheetQuestion(int number, Question question) {
        return MockSheet.Question.drawn(number, question.slug(), question.topic(), question.difficulty(), question.prompt(),
                question.answer(), question.keyPoints().stream()
                        .map(point -> new MockSheet.Point(point.text(), point.essential(), point.terms())).toList());
    }

    /** The learner's mock as they see it. */
    @Transactional
    public Optional<MockView> mock(UUID learner, UUID mock) {
        return mocks.findById(mock).filter(found -> found.learner().equals(learner)).map(this::settle).map(this::view);
    }

    /** What became of asking a question. */
    public sealed interface Asking {
    }

    /** The question is being asked: the mock as it is now, with its prompt and deadline. */
    public record Asked(int number) implements Asking {
    }

    /** Questions are asked in order: this is not the one to ask now. */
    public record NotCurrent(int current) implements Asking {
    }

    /** The answering is over: the mock is being graded, or completed. */
    public record Over(MockStatus status) implements Asking, Answering {
    }

    public record UnknownQuestion() implements Asking, Answering {
    }

    /** The learner has no such mock. */
    public record UnknownMock() implements Asking, Answering {
    }

    /** Puts the question to the learner now: its think time and answer time start. */
    @Transactional
    public Asking ask(UUID learner, UUID mock, int number) {
        return mine(learner, mock).<Asking>map(found -> {
            var asked = found.ask(number, now());
            mocks.save(found);
            return asked;
        }).orElseGet(UnknownMock::new);
    }

    /** What became of an answer. */
    public sealed interface Answering {
    }

    /** Taken; {@code answeringOver} when it was the last question. */
    public record Answered(int number, boolean answeringOver) implements Answering {
    }

    /** The question has not been asked yet. */
    public record NotAsked() implements Answering {
    }

    /** The question was answered before: an answer, once given, stays. */
    public record AlreadyAnswered() implements Answering {
    }

    /** The question's time is up: no answer is taken any more (a recording made in time is kept). */
    public record TimeUp() implements Answering {
    }

    /** A typed answer with nothing in it, or too long. */
    public record EmptyAnswer(Reason reason) implements Answering {

        public enum Reason {
            NOTHING, TOO_LONG
        }
    }

    /**
     * Takes the answer to the question being asked.
     *
     * @param text the typed answer (typed mode), or empty for an answer spoken aloud
     * @param aloud whether it was spoken: its recording is uploaded through {@link MockRecordings}
     * @param seconds how long the answer took, as the browser measured it
     */
    @Transactional
    public Answering answer(UUID learner, UUID mock, int number, String text, boolean aloud, int seconds) {
        return mine(learner, mock).<Answering>map(found -> {
            var suggested = found.sheet().question(number).filter(question -> !text.isBlank())
                    .map(question -> recall.suggestedTicks(found.roadmap(), question.slug(), text)).orElse(List.of());
            var answered = found.answer(number, text, aloud, seconds, suggested, now());
            mocks.save(found);
            return answered;
        }).orElseGet(UnknownMock::new);
    }

    /** Ends the answering now, leaving what is unasked unanswered; the learner goes on to grading. */
    @Transactional
    public Optional<MockView> finish(UUID learner, UUID mock) {
        return mine(learner, mock).map(found -> {
            found.finish(now());
            return view(mocks.save(found));
        });
    }

    /** The learner's mocks, oldest first. */
    public List<MockSummary> history(UUID learner) {
        return mocks.findByLearnerOrderByStartedAt(learner).stream().map(MockSummary::of).toList();
    }

    /** Every mock of the learner as they see it, for their data download (recordings are listed, not included). */
    List<MockView> personalData(UUID learner) {
        return mocks.findByLearnerOrderByStartedAt(learner).stream().map(this::view).toList();
    }

    private Optional<MockInterview> mine(UUID learner, UUID mock) {
        return mocks.findById(mock).filter(found -> found.learner().equals(learner));
    }

    private MockInterview settle(MockInterview mock) {
        return mock.settle(now()) ? mocks.save(mock) : mock;
    }

    private MockView view(MockInterview mock) {
        return MockView.of(mock, now());
    }

    /** Now, to the microsecond PostgreSQL keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
