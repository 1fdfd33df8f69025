package uz.roadmap.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import uz.roadmap.assessment.SelfTests.Answered;
import uz.roadmap.assessment.SelfTests.Answering;
import uz.roadmap.assessment.SelfTests.Closed;
import uz.roadmap.assessment.SelfTests.InvalidAnswer;
import uz.roadmap.assessment.SelfTests.InvalidAnswer.Reason;
import uz.roadmap.assessment.SelfTests.UnknownItem;
import uz.roadmap.curriculum.Content.SelfTestItem;
import uz.roadmap.shared.Ids;

/**
 * One attempt at a week's self-test: the aggregate that guards it. It is started with a paper
 * drawn for it, answered item by item while open, and closed exactly once — submitted by the
 * learner, or expired: submitted by the server as it stands once its time is up. Closing it marks
 * the paper and registers {@link SelfTestSubmitted}; after that nothing about it changes.
 */
@Table(schema = "assessment", name = "attempt")
class Attempt extends AbstractAggregateRoot<Attempt> {

    /** The longest typed answer to a short item. */
    static final int MAX_TEXT = 200;

    private final @Id UUID id;
    @Column("learner_id")
    private final UUID learner;
    private final String roadmap;
    private final int week;
    private AttemptStatus status;
    private final Instant startedAt;
    private final @Nullable Instant deadline;
    private @Nullable Instant submittedAt;
    private Paper paper;
    private final @Nullable String startKey;
    private @Nullable String submitKey;
    @Version
    private int version;

    @PersistenceCreator
    Attempt(UUID id, UUID learner, String roadmap, int week, AttemptStatus status, Instant startedAt,
            @Nullable Instant deadline, @Nullable Instant submittedAt, Paper paper, @Nullable String startKey,
            @Nullable String submitKey, int version) {
        this.id = id;
        this.learner = learner;
        this.roadmap = roadmap;
        this.week = week;
        this.status = status;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.submittedAt = submittedAt;
        this.paper = paper;
        this.startKey = startKey;
        this.submitKey = submitKey;
        this.version = version;
    }

    /**
     * Starts an attempt at a week's self-test: draws {@code count} of the week's items for it and, when
     * the week has a time limit, sets its deadline.
     *
     * @param key the {@code Idempotency-Key} of the request that started it, so that a retry finds it
     */
    static Attempt start(UUID learner, String roadmap, int week, List<SelfTestItem> weekItems, int count,
            Optional<Duration> timeLimit, Instant now, @Nullable String key) {
        var id = Ids.newId();
        return new Attempt(id, learner, roadmap, week, AttemptStatus.STARTED, now, timeLimit.map(now::plus).orElse(null),
                null, Draw.paper(id, weekItems, count), key, null, 0);
    }

    /** Records the learner's response to an item, replacing an earlier one; refused once the attempt is closed. */
    Answering answer(int number, List<String> choices, String text, int certaintyLevel, Instant now) {
        if (expireIfDue(now) || status != AttemptStatus.STARTED) {
            return new Closed(status);
        }
        var found = paper.item(number);
        if (found.isEmpty()) {
            return new UnknownItem();
        }
        var item = found.get();
        var certainty = Certainty.of(certaintyLevel);
        if (certainty.isEmpty()) {
            return new InvalidAnswer(Reason.NO_CERTAINTY);
        }
        var problem = problemWith(item, choices, text);
        if (problem != null) {
            return new InvalidAnswer(problem);
        }
        var answered = item.answered(new Response(choices, text.strip(), certainty.get(), now));
        paper = paper.with(answered);
        return new Answered(AttemptView.item(answered));
    }

    private static @Nullable Reason problemWith(Paper.Item item, List<String> choices, String text) {
        return switch (item.kind()) {
            case CHOICE -> {
                if (!text.isBlank()) {
                    yield Reason.TEXT_FOR_CHOICE_ITEM;
                }
                if (choices.isEmpty()) {
                    yield Reason.NO_CHOICE;
                }
                if (choices.stream().distinct().count() < choices.size()) {
                    yield Reason.REPEATED_CHOICE;
                }
                if (!choices.stream().allMatch(key -> item.options().stream().anyMatch(option -> option.key().equals(key)))) {
                    yield Reason.NOT_AN_OPTION;
                }
                yield !item.multiple() && choices.size() > 1 ? Reason.ONE_CHOICE_ONLY : null;
            }
            case SHORT -> {
                if (!choices.isEmpty()) {
                    yield Reason.CHOICES_FOR_SHORT_ITEM;
                }
                if (text.isBlank()) {
                    yield Reason.NO_TEXT;
                }
                yield text.strip().length() > MAX_TEXT ? Reason.TEXT_TOO_LONG : null;
            }
        };
    }

    /**
     * Submits the attempt as it stands. A retry of the request that submitted it (the same
     * {@code Idempotency-Key}) finds it submitted; any other submission of a closed attempt is refused.
     *
     * @return whether this call submitted it (or is a retry of the call that did)
     */
    boolean submit(@Nullable String key, Instant now) {
        if (expireIfDue(now)) {
            return true;
        }
        if (status != AttemptStatus.STARTED) {
            return key != null && key.equals(submitKey);
        }
        close(AttemptStatus.SUBMITTED, now);
        submitKey = key;
        return true;
    }

    /** Once its time is up, an open attempt is submitted as it stands. @return whether it was, now */
    boolean expireIfDue(Instant now) {
        if (status != AttemptStatus.STARTED || deadline == null || now.isBefore(deadline)) {
            return false;
        }
        close(AttemptStatus.EXPIRED, deadline);
        return true;
    }

    private void close(AttemptStatus closed, Instant at) {
        status = closed;
        submittedAt = at;
        registerEvent(new SelfTestSubmitted(id, learner, roadmap, week, Marking.score(paper.items()),
                Marking.byTopic(paper.items()), closed == AttemptStatus.EXPIRED, at));
    }

    boolean isOpen() {
        return status == AttemptStatus.STARTED;
    }

    boolean isFor(String roadmap, int week) {
        return this.roadmap.equals(roadmap) && this.week == week;
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

    AttemptStatus status() {
        return status;
    }

    Instant startedAt() {
        return startedAt;
    }

    @Nullable
    Instant deadline() {
        return deadline;
    }

    @Nullable
    Instant submittedAt() {
        return submittedAt;
    }

    Paper paper() {
        return paper;
    }
}
