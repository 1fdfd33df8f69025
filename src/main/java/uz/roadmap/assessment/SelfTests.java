package uz.roadmap.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.account.AccountDeleted;
import uz.roadmap.curriculum.Curriculum;

/**
 * Weekly self-tests: a learner starts an attempt at a week's test (or resumes the open one),
 * answers its items with how sure they are, and submits it; the server marks it, and submits it
 * itself when its time runs out. Every attempt is kept, so retakes can be compared.
 */
@Service
public class SelfTests {

    private final Attempts attempts;
    private final Curriculum curriculum;
    private final Clock clock;

    SelfTests(Attempts attempts, Curriculum curriculum, Clock clock) {
        this.attempts = attempts;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    /** What became of a request to start a self-test. */
    public sealed interface Start {
    }

    /**
     * The attempt to take: a new one, or ({@code resumed}) the learner's open attempt at the week, or
     * the one an earlier request with the same idempotency key started.
     */
    public record Started(AttemptView attempt, boolean resumed) implements Start {
    }

    /** The roadmap has no such week, or the week has no self-test items. */
    public record NoSelfTest() implements Start {
    }

    /** The idempotency key already started an attempt at another week. */
    public record KeyReused() implements Start {
    }

    /** Starts the learner's attempt at a week's self-test, or resumes the one they have open. */
    @Transactional
    public Start start(UUID learner, String roadmap, int week, @Nullable String key) {
        attempts.lockStartsOf(learner);
        if (key != null) {
            var earlier = attempts.findByLearnerAndStartKey(learner, key);
            if (earlier.isPresent()) {
                return earlier.get().isFor(roadmap, week) ? new Started(view(expireIfDue(earlier.get())), true)
                        : new KeyReused();
            }
        }
        var open = attempts.findOpen(learner, roadmap, week).map(this::expireIfDue).filter(Attempt::isOpen);
        if (open.isPresent()) {
            return new Started(view(open.get()), true);
        }
        var items = curriculum.selfTest(roadmap, week);
        var blueprint = curriculum.roadmap(roadmap).map(found -> found.rules().selfTest(week));
        if (items.isEmpty() || blueprint.isEmpty()) {
            return new NoSelfTest();
        }
        var started = Attempt.start(learner, roadmap, week, items, blueprint.get().items(), blueprint.get().timeLimit(),
                now(), key);
        return new Started(view(attempts.save(started)), false);
    }

    /** The learner's attempt as they see it while taking it (closed, when its time ran out). */
    @Transactional
    public Optional<AttemptView> attempt(UUID learner, UUID attempt) {
        return attempts.findByIdAndLearner(attempt, learner).map(this::expireIfDue).map(this::view);
    }

    /** What became of a response to an item. */
    public sealed interface Answering {
    }

    /** Recorded: the item with the learner's response. */
    public record Answered(AttemptView.Item item) implements Answering {
    }

    /** The attempt has no item with this number. */
    public record UnknownItem() implements Answering {
    }

    /** The response does not fit the item. */
    public record InvalidAnswer(Reason reason) implements Answering {

        public enum Reason {
            NO_CERTAINTY, NO_CHOICE, NOT_AN_OPTION, REPEATED_CHOICE, ONE_CHOICE_ONLY, TEXT_FOR_CHOICE_ITEM,
            CHOICES_FOR_SHORT_ITEM, NO_TEXT, TEXT_TOO_LONG
        }
    }

    /** The attempt is closed (submitted, or expired when its time ran out): its responses no longer change. */
    public record Closed(AttemptStatus status) implements Answering {
    }

    /** The learner has no such attempt. */
    public record UnknownAttempt() implements Answering, Submission, Reporting {
    }

    /**
     * Records the learner's response to an item of their open attempt, replacing an earlier one.
     *
     * @param choices for a choice item, the keys of the options chosen
     * @param text for a short item, the answer typed
     * @param certainty how sure the learner is: 1 low, 2 medium, 3 high
     */
    @Transactional
    public Answering answer(UUID learner, UUID attempt, int item, List<String> choices, String text, int certainty) {
        return attempts.findByIdAndLearner(attempt, learner).<Answering>map(found -> {
            var before = found.status();
            var outcome = found.answer(item, choices, text, certainty, now());
            if (outcome instanceof Answered || found.status() != before) {
                attempts.save(found);
            }
            return outcome;
        }).orElseGet(UnknownAttempt::new);
    }

    /** What became of a submission. */
    public sealed interface Submission {
    }

    /** Submitted (now, or by this same request before, or by the server when its time ran out just now): its report. */
    public record Submitted(SelfTestReport report) implements Submission {
    }

    /** The attempt was closed before: submitting it again changes nothing. */
    public record AlreadySubmitted() implements Submission {
    }

    /**
     * Submits the learner's attempt as it stands and marks it. A retry of the request (the same
     * idempotency key) answers as the first one did.
     */
    @Transactional
    public Submission submit(UUID learner, UUID attempt, @Nullable String key) {
        return attempts.findByIdAndLearner(attempt, learner).<Submission>map(found -> {
            var before = found.status();
            var submitted = found.submit(key, now());
            if (found.status() != before) {
                attempts.save(found);
            }
            return submitted ? new Submitted(report(found)) : new AlreadySubmitted();
        }).orElseGet(UnknownAttempt::new);
    }

    /** What there is to report of an attempt. */
    public sealed interface Reporting {
    }

    public record Reported(SelfTestReport report) implements Reporting {
    }

    /** The attempt is open: it is marked only when submitted. */
    public record StillOpen() implements Reporting {
    }

    @Transactional
    public Reporting report(UUID learner, UUID attempt) {
        return attempts.findByIdAndLearner(attempt, learner).map(this::expireIfDue)
                .<Reporting>map(found -> found.isOpen() ? new StillOpen() : new Reported(report(found)))
                .orElseGet(UnknownAttempt::new);
    }

    /** The learner's attempts at a roadmap's self-tests (at one week, when given), oldest first. */
    public List<AttemptSummary> history(UUID learner, String roadmap, @Nullable Integer week) {
        return attempts.findByLearnerAndRoadmapOrderByStartedAt(learner, roadmap).stream()
                .filter(attempt -> week == null || attempt.week() == week)
                .map(AttemptSummary::of)
                .toList();
    }

    /** Open attempts whose time has run out. */
    List<UUID> overdue() {
        return attempts.overdue(now());
    }

    /** Submits an open attempt as it stands if its time has run out. */
    @Transactional
    void expire(UUID attempt) {
        attempts.findById(attempt).ifPresent(this::expireIfDue);
    }

    /**
     * Everything this module keeps about a learner, for their data download: open attempts as they
     * see them, closed ones with their reports.
     */
    Map<String, List<?>> personalData(UUID learner) {
        var all = attempts.findByLearnerOrderByStartedAt(learner);
        return Map.of("open", all.stream().filter(Attempt::isOpen).map(this::view).toList(),
                "closed", all.stream().filter(attempt -> !attempt.isOpen()).map(this::report).toList());
    }

    /** A deleted account's attempts go with it. */
    @ApplicationModuleListener
    void forget(AccountDeleted deleted) {
        attempts.deleteByLearner(deleted.account());
    }

    private Attempt expireIfDue(Attempt attempt) {
        return attempt.expireIfDue(now()) ? attempts.save(attempt) : attempt;
    }

    /** Now, to the microsecond PostgreSQL keeps, so that an attempt reads the same before and after it is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private SelfTestReport report(Attempt attempt) {
        var earlier = attempts.findByLearnerAndRoadmapOrderByStartedAt(attempt.learner(), attempt.roadmap()).stream()
                .filter(other -> other.week() == attempt.week() && !other.isOpen()
                        && other.startedAt().isBefore(attempt.startedAt()))
                .map(AttemptSummary::of)
                .toList();
        return SelfTestReport.of(attempt, earlier);
    }

    private AttemptView view(Attempt attempt) {
        return AttemptView.of(attempt);
    }
}
