package uz.roadmap.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import uz.roadmap.assessment.MockGrading.Graded;
import uz.roadmap.assessment.MockGrading.Grading;
import uz.roadmap.assessment.MockGrading.InvalidTicks;
import uz.roadmap.assessment.MockGrading.NotGradable;
import uz.roadmap.assessment.MockInterviewCompleted.Grader;
import uz.roadmap.assessment.MockInterviewCompleted.QuestionCoverage;
import uz.roadmap.assessment.MockInterviews.AlreadyAnswered;
import uz.roadmap.assessment.MockInterviews.Answered;
import uz.roadmap.assessment.MockInterviews.Answering;
import uz.roadmap.assessment.MockInterviews.Asked;
import uz.roadmap.assessment.MockInterviews.Asking;
import uz.roadmap.assessment.MockInterviews.EmptyAnswer;
import uz.roadmap.assessment.MockInterviews.NotAsked;
import uz.roadmap.assessment.MockInterviews.NotCurrent;
import uz.roadmap.assessment.MockInterviews.Over;
import uz.roadmap.assessment.MockInterviews.TimeUp;
import uz.roadmap.assessment.MockInterviews.UnknownQuestion;
import uz.roadmap.shared.Ids;

/**
 * One mock interview: the aggregate that guards it. Its questions are drawn when it starts; then
 * they are asked one at a time, each answered (aloud or typed) within its think and answer time;
 * then the learner grades each answer against its key points, and the last grade completes the mock
 * and registers {@link MockInterviewCompleted}. A mentor of the learner's cohort may grade it too,
 * once it is completed: their grades are kept beside the learner's own.
 *
 * <pre>
 * STARTED ──ask──▶ ANSWERING ──last answer, or finish──▶ GRADING ──last self-grade──▶ COMPLETED
 * </pre>
 */
@Table(schema = "assessment", name = "mock_interview")
class MockInterview extends AbstractAggregateRoot<MockInterview> {

    /** The longest typed answer. */
    static final int MAX_TEXT = 10_000;

    /** How long after its answer time an answer is still taken: the network's share, not the learner's. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private final @Id UUID id;
    @Column("learner_id")
    private final UUID learner;
    private final String roadmap;
    private final int week;
    private MockStatus status;
    private final int thinkSeconds;
    private final int answerSeconds;
    private final Instant startedAt;
    private @Nullable Instant answeringEndedAt;
    private @Nullable Instant completedAt;
    private MockSheet sheet;
    private final @Nullable String startKey;
    @Version
    private int version;

    @PersistenceCreator
    MockInterview(UUID id, UUID learner, String roadmap, int week, MockStatus status, int thinkSeconds, int answerSeconds,
            Instant startedAt, @Nullable Instant answeringEndedAt, @Nullable Instant completedAt, MockSheet sheet,
            @Nullable String startKey, int version) {
        this.id = id;
        this.learner = learner;
        this.roadmap = roadmap;
        this.week = week;
        this.status = status;
        this.thinkSeconds = thinkSeconds;
        this.answerSeconds = answerSeconds;
        this.startedAt = startedAt;
        this.answeringEndedAt = answeringEndedAt;
        this.completedAt = completedAt;
        this.sheet = sheet;
        this.startKey = startKey;
        this.version = version;
    }

    /** Starts a mock with the questions drawn for it, in order, and its timing. */
    static MockInterview start(UUID learner, String roadmap, int week, List<MockSheet.Question> drawn, MockTiming timing,
            Instant now, @Nullable String key) {
        if (drawn.isEmpty()) {
            throw new IllegalArgumentException("A mock interview has at least one question");
        }
        return new MockInterview(Ids.newId(), learner, roadmap, week, MockStatus.STARTED, timing.thinkSeconds(),
                timing.answerSeconds(), now, null, null, new MockSheet(drawn), key, 0);
    }

    /**
     * Puts a question to the learner: the next one not yet done (answered, or left until its time
     * ran out). Asking the question being asked again changes nothing, so a reload resumes it.
     */
    Asking ask(int number, Instant now) {
        if (settle(now) || status == MockStatus.GRADING || status == MockStatus.COMPLETED) {
            return new Over(status);
        }
        var found = sheet.question(number);
        if (found.isEmpty()) {
            return new UnknownQuestion();
        }
        var question = found.get();
        if (question.askedAt() != null && !done(question, now)) {
            return new Asked(question.number());
        }
        if (current(now) != number) {
            return new NotCurrent(current(now));
        }
        sheet = sheet.with(question.asked(now));
        status = MockStatus.ANSWERING;
        return new Asked(number);
    }

    /**
     * Takes the answer to the question being asked: typed ({@code text}) or spoken ({@code aloud}, its
     * recording uploaded beside it). The last answer ends the answering.
     *
     * @param seconds how long the learner says the answer took; kept within what the server saw
     * @param suggested the key points a typed answer seems to cover
     */
    Answering answer(int number, String text, boolean aloud, int seconds, List<Integer> suggested, Instant now) {
        settle(now);
        if (status == MockStatus.GRADING || status == MockStatus.COMPLETED) {
            return sheet.question(number).filter(question -> question.answeredAt() == null && question.askedAt() != null)
                    .<Answering>map(question -> new TimeUp()).orElseGet(() -> new Over(status));
        }
        var found = sheet.question(number);
        if (found.isEmpty()) {
            return new UnknownQuestion();
        }
        var question = found.get();
        if (question.askedAt() == null) {
            return new NotAsked();
        }
        if (question.answeredAt() != null) {
            return new AlreadyAnswered();
        }
        if (done(question, now)) {
            return new TimeUp();
        }
        var typed = text.strip();
        if (typed.isEmpty() && !aloud) {
            return new EmptyAnswer(EmptyAnswer.Reason.NOTHING);
        }
        if (typed.length() > MAX_TEXT) {
            return new EmptyAnswer(EmptyAnswer.Reason.TOO_LONG);
        }
        var elapsed = (int) Duration.between(question.askedAt(), now).toSeconds();
        var used = Math.clamp(seconds, 0, Math.min(answerSeconds, Math.max(0, elapsed)));
        sheet = sheet.with(question.answered(now, used, typed.isEmpty() ? null : typed, typed.isEmpty() ? List.of() : suggested,
                aloud));
        settle(now);
        return new Answered(number, status == MockStatus.GRADING);
    }

    /** Ends the answering now, whatever is left unasked: the learner goes on to grading. @return whether it ended now */
    boolean finish(Instant now) {
        if (status != MockStatus.STARTED && status != MockStatus.ANSWERING) {
            return false;
        }
        endAnswering(now);
        return true;
    }

    /** Once every question is answered or out of time, the answering is over. @return whether it ended now */
    boolean settle(Instant now) {
        if (status != MockStatus.ANSWERING || !sheet.questions().stream().allMatch(question -> done(question, now))) {
            return false;
        }
        endAnswering(now);
        return true;
    }

    private void endAnswering(Instant now) {
        status = MockStatus.GRADING;
        answeringEndedAt = now;
    }

    /**
     * The learner's grade of one answer: the key points they covered. The last question graded
     * completes the mock; until then grades may change.
     */
    Grading grade(int number, List<Integer> covered, Instant now) {
        settle(now);
        if (status != MockStatus.GRADING) {
            return new NotGradable(status);
        }
        var found = sheet.question(number);
        if (found.isEmpty()) {
            return new MockGrading.UnknownQuestion();
        }
        var question = found.get();
        if (covered.stream().anyMatch(index -> index < 0 || index >= question.keyPoints().size())) {
            return new InvalidTicks();
        }
        sheet = sheet.with(question.gradedBySelf(new MockSheet.Grade(learner, covered, now)));
        if (sheet.questions().stream().allMatch(graded -> graded.self() != null)) {
            status = MockStatus.COMPLETED;
            completedAt = now;
            registerEvent(completed(learner, Grader.LEARNER, now));
        }
        return new Graded(number, status == MockStatus.COMPLETED);
    }

    /**
     * A mentor's grade of one answer, given once the learner completed the mock. When every
     * question has the mentor's grade, their grading is published as evidence.
     */
    Grading gradeAsMentor(int number, List<Integer> covered, UUID mentor, Instant now) {
        if (status != MockStatus.COMPLETED) {
            return new NotGradable(status);
        }
        var found = sheet.question(number);
        if (found.isEmpty()) {
            return new MockGrading.UnknownQuestion();
        }
        var question = found.get();
        if (covered.stream().anyMatch(index -> index < 0 || index >= question.keyPoints().size())) {
            return new InvalidTicks();
        }
        sheet = sheet.with(question.gradedByMentor(new MockSheet.Grade(mentor, covered, now)));
        var allGraded = sheet.questions().stream().allMatch(graded -> graded.mentor() != null);
        if (allGraded) {
            registerEvent(completed(mentor, Grader.MENTOR, now));
        }
        return new Graded(number, allGraded);
    }

    /**
     * The completions this mock has published, told again from its state: the learner's, once they
     * graded every answer, and the mentor's latest, once every answer has the mentor's grade.
     */
    java.util.List<MockInterviewCompleted> completions() {
        var told = new java.util.ArrayList<MockInterviewCompleted>();
        if (status != MockStatus.COMPLETED || completedAt == null) {
            return told;
        }
        told.add(completed(learner, Grader.LEARNER, completedAt));
        if (sheet.questions().stream().allMatch(question -> question.mentor() != null)) {
            sheet.questions().stream().map(MockSheet.Question::mentor).filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.comparing(MockSheet.Grade::at))
                    .ifPresent(last -> told.add(completed(last.grader(), Grader.MENTOR, last.at())));
        }
        return told;
    }

    private MockInterviewCompleted completed(UUID grader, Grader kind, Instant now) {
        return new MockInterviewCompleted(id, learner, roadmap, week, grader, kind, sheet.questions().stream().map(question -> {
            var grade = kind == Grader.LEARNER ? question.self() : question.mentor();
            return new QuestionCoverage(question.slug(), question.topic(), question.difficulty(), question.keyPoints().size(),
                    grade.covered().size(), question.coverage(grade), question.essentialMissed(grade),
                    question.answeredAt() != null);
        }).toList(), now);
    }

    /**
     * Whether a recording of this question's answer may be taken now: the question was asked, and
     * either its time is not up or the learner said they answered it aloud (the upload may then
     * finish, or resume, later).
     */
    boolean takesRecording(int number, Instant now) {
        return sheet.question(number)
                .filter(question -> question.askedAt() != null)
                .filter(question -> question.spoken() || !done(question, now) && question.answeredAt() == null)
                .isPresent();
    }

    /** The complete recording of an answer, uploaded. */
    void recorded(int number, MockSheet.Recording recording) {
        sheet.question(number).ifPresent(question -> sheet = sheet.with(question.recorded(recording)));
    }

    /** The recordings are gone (past their retention): the answers, grades and report stay. */
    void forgetRecordings() {
        sheet.questions().stream().filter(question -> question.recording() != null)
                .forEach(question -> sheet = sheet.with(question.withoutRecording()));
    }

    /** The first question not yet done; 0 when every one is. */
    int current(Instant now) {
        return sheet.questions().stream().filter(question -> !done(question, now)).mapToInt(MockSheet.Question::number)
                .findFirst().orElse(0);
    }

    private boolean done(MockSheet.Question question, Instant now) {
        return question.done(now, Duration.ofSeconds(thinkSeconds), Duration.ofSeconds(answerSeconds), GRACE);
    }

    /** When no more answer to the question is taken. */
    @Nullable
    Instant deadline(MockSheet.Question question) {
        return question.deadline(Duration.ofSeconds(thinkSeconds), Duration.ofSeconds(answerSeconds), Duration.ZERO);
    }

    /** The events registered and not yet published (with the next save). */
    List<Object> registeredEvents() {
        return List.copyOf(domainEvents());
    }

    boolean isOpen() {
        return status == MockStatus.STARTED || status == MockStatus.ANSWERING;
    }

    UUID id() {
        return id;
    }

    UUID learner() {
        return learner;
    }

    String roadmap() {
        return roadmap;
    }

    int week() {
        return week;
    }

    MockStatus status() {
        return status;
    }

    int thinkSeconds() {
        return thinkSeconds;
    }

    int answerSeconds() {
        return answerSeconds;
    }

    Instant startedAt() {
        return startedAt;
    }

    @Nullable
    Instant answeringEndedAt() {
        return answeringEndedAt;
    }

    @Nullable
    Instant completedAt() {
        return completedAt;
    }

    MockSheet sheet() {
        return sheet;
    }

    @Nullable
    String startKey() {
        return startKey;
    }
}
