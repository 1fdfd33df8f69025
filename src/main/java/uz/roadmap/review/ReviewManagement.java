package uz.roadmap.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.account.AccountDeleted;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Profile;
import uz.roadmap.curriculum.Content;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.review.Cards.Card;
import uz.roadmap.review.answers.AnswerBook;
import uz.roadmap.review.answers.KeyPointMatcher;
import uz.roadmap.review.scheduling.CardState;
import uz.roadmap.review.scheduling.Fsrs;
import uz.roadmap.review.scheduling.FsrsParameters;
import uz.roadmap.review.scheduling.LoadBalancer;
import uz.roadmap.review.scheduling.Memory;
import uz.roadmap.review.scheduling.Rating;

/**
 * A learner's cards and their reviews, scheduled by FSRS-6. Every review is appended to the card's
 * log, and the card's state is always what replaying that log gives.
 */
@Service
public class ReviewManagement {

    /** How far ahead of the server's clock a client's clock may run before a review counts as "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    /** How many of the earliest-due cards the due queue orders by retrievability. */
    private static final int DUE_WINDOW = 1000;

    private final Cards cards;
    private final AnswerBook answers;
    private final LearnerSettings settings;
    private final Curriculum curriculum;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults());
    private final Clock clock;

    ReviewManagement(Cards cards, AnswerBook answers, LearnerSettings settings, Curriculum curriculum,
            AccountManagement accounts, ApplicationEventPublisher events, Clock clock) {
        this.cards = cards;
        this.answers = answers;
        this.settings = settings;
        this.curriculum = curriculum;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public ReviewSettings settings(UUID learner) {
        return settings.of(learner);
    }

    @Transactional
    public void updateSettings(UUID learner, ReviewSettings changed) {
        settings.save(learner, changed);
    }

    /**
     * Autosaves the learner's draft answer to a question; nothing when there is no such question.
     * While a submitted answer awaits its self-check, or when the text is that of the answer submitted
     * last, no draft is started: it is an autosave sent as the answer was submitted, which must not
     * bring the answer back as a draft. The submitted answer is returned then.
     */
    @Transactional
    public Optional<AnswerView> saveDraft(UUID learner, String roadmap, String question, String text) {
        return curriculum.question(roadmap, question).map(found -> {
            answers.lock(learner, roadmap, question);
            return answers.lastSubmitted(learner, roadmap, question)
                    .filter(last -> last.awaitingCheck() || last.text().equals(text))
                    .orElseGet(() -> answers.saveDraft(learner, roadmap, question, text, clock.instant()));
        });
    }

    public Optional<AnswerView> draft(UUID learner, String roadmap, String question) {
        return answers.draft(learner, roadmap, question);
    }

    public List<AnswerView> answers(UUID learner, String roadmap, String question) {
        return answers.history(learner, roadmap, question);
    }

    /** What became of a written answer that was submitted. */
    public sealed interface Checking {
    }

    /** A submitted answer with what to check it against: the model answer and the suggested ticks. */
    public record CheckedAnswer(AnswerView answer, Content.Question question) implements Checking {
    }

    /** The roadmap has no such question. */
    public record UnknownQuestion() implements Checking {
    }

    /** Nothing but whitespace was written: the model answer is earned by writing (or by {@link #dontKnow}). */
    public record BlankAnswer() implements Checking {
    }

    /**
     * Submits a written answer: the key points it seems to cover are suggested, and the rating that
     * coverage deserves. Nothing is scheduled until the learner confirms ({@link #rateAnswer}).
     */
    @Transactional
    public Checking submitAnswer(UUID learner, String roadmap, String question, String text) {
        var found = curriculum.question(roadmap, question);
        if (found.isEmpty()) {
            return new UnknownQuestion();
        }
        if (text.isBlank()) {
            return new BlankAnswer();
        }
        answers.lock(learner, roadmap, question);
        var points = points(found.get());
        var covered = KeyPointMatcher.covered(text, points);
        var rating = KeyPointMatcher.suggestedRating(points, covered);
        return new CheckedAnswer(answers.submit(learner, roadmap, question, text, covered, rating.grade(), clock.instant()),
                found.get());
    }

    /**
     * "I don't know — show me": the question counts as forgotten (rated Again, no key point covered),
     * whatever draft there was is kept as the answer, and the learner may read the model answer.
     */
    @Transactional
    public Confirmation dontKnow(UUID learner, String roadmap, String question) {
        if (curriculum.question(roadmap, question).isEmpty()) {
            return new UnknownAnswer();
        }
        var draft = answers.draft(learner, roadmap, question).map(AnswerView::text).orElse("");
        var given = answers.submit(learner, roadmap, question, draft, List.of(), Rating.AGAIN.grade(), clock.instant());
        return rateAnswer(learner, given.id(), List.of(), Rating.AGAIN);
    }

    /** What became of a confirmed self-check. */
    public sealed interface Confirmation {
    }

    public record Rated(AnswerView answer, CardView card) implements Confirmation {
    }

    /** The learner has no submitted answer with this id (or it is rated already). */
    public record UnknownAnswer() implements Confirmation {
    }

    /** A ticked key point that the question does not have. */
    public record InvalidTicks() implements Confirmation {
    }

    /**
     * Confirms which key points the answer covered and its rating: the rating becomes a review of
     * the question's card (created if the learner had none), and the answer keeps ticks and rating.
     */
    @Transactional
    public Confirmation rateAnswer(UUID learner, UUID answerId, List<Integer> covered, Rating rating) {
        var answer = answers.find(learner, answerId).filter(found -> found.status().equals("SUBMITTED"));
        if (answer.isEmpty()) {
            return new UnknownAnswer();
        }
        var submitted = answer.get();
        var question = curriculum.question(submitted.roadmap(), submitted.question());
        var keyPoints = question.map(found -> found.keyPoints().size()).orElse(0);
        if (covered.stream().anyMatch(index -> index < 0 || index >= keyPoints)) {
            return new InvalidTicks();
        }
        var now = clock.instant();
        var card = cards.introduce(learner, submitted.roadmap(), submitted.question(), now);
        if (!(review(learner, card.id(), rating, now, "answer:" + answerId) instanceof Recorded(var reviewed))) {
            return new UnknownAnswer();
        }
        var rated = answers.rate(learner, answerId, covered.stream().distinct().sorted().toList(), rating.grade(), now);
        events.publishEvent(new AnswerSubmitted(answerId, learner, submitted.roadmap(), submitted.question(),
                rated.confirmedPoints(), keyPoints, rating.grade(), now));
        return new Rated(rated, reviewed);
    }

    private static List<KeyPointMatcher.Point> points(Content.Question question) {
        return question.keyPoints().stream().map(point -> new KeyPointMatcher.Point(point.essential(), point.terms())).toList();
    }

    /** The learner's card for a question, created (new, due now) the first time they meet it. */
    @Transactional
    public CardView introduce(UUID learner, String roadmap, String question) {
        return view(cards.introduce(learner, roadmap, question, clock.instant()));
    }

    public Optional<CardView> card(UUID learner, UUID card) {
        return cards.find(learner, card).map(this::view);
    }

    /**
     * The learner's due cards, the most forgotten first (lowest retrievability), at most {@code limit}.
     * Learning cards are always due; graduated cards only while today's review limit lasts.
     */
    public List<CardView> due(UUID learner, int limit) {
        var now = clock.instant();
        var allowance = reviewAllowance(learner, now);
        var shown = new ArrayList<CardView>();
        for (var card : cards.due(learner, now, DUE_WINDOW).stream().map(this::view)
                .sorted(Comparator.comparingDouble(CardView::retrievability).thenComparing(CardView::due))
                .toList()) {
            if (shown.size() == limit) {
                break;
            }
            if (card.state().equals(CardState.REVIEW.name())) {
                if (allowance == 0) {
                    continue;
                }
                allowance--;
            }
            shown.add(card);
        }
        return shown;
    }

    /** How many more graduated cards the learner may review today, in their time zone. */
    private int reviewAllowance(UUID learner, Instant now) {
        var zone = timeZone(learner);
        var startOfToday = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        return Math.max(0, settings.of(learner).dailyReviewLimit() - cards.graduatedReviewsSince(learner, startOfToday));
    }

    /** Every question of the roadmap the learner has a card for, with how well they recall it now. */
    public List<QuestionMemory> memoryOf(UUID learner, String roadmap) {
        var now = clock.instant();
        return cards.of(learner, roadmap).stream()
                .map(card -> new QuestionMemory(card.question(), card.createdAt(), fsrs.retrievability(card.memory(), now)))
                .toList();
    }

    /**
     * How many of the learner's cards are due now.
     *
     * @param count the cards due within today's review limit
     * @param heldBack learned cards that are due too, but over the limit: they wait for another day
     */
    public record DueNow(int count, int heldBack) {
    }

    public DueNow dueNow(UUID learner) {
        var now = clock.instant();
        var due = cards.dueCount(learner, now);
        var graduated = Math.min(due.graduated(), reviewAllowance(learner, now));
        return new DueNow(due.learning() + graduated, due.graduated() - graduated);
    }

    public Optional<List<ReviewEntry>> history(UUID learner, UUID card) {
        return cards.find(learner, card).map(found -> cards.history(found.id()));
    }

    /** What became of a submitted review. */
    public sealed interface Submission {
    }

    /** Recorded (or, for a retried request, recorded before): the card as it is now. */
    public record Recorded(CardView card) implements Submission {
    }

    /** The learner has no such card. */
    public record UnknownCard() implements Submission {
    }

    /** The review cannot be placed in time: in the future, before the card was made, or before its last review. */
    public record OutOfOrder(String reason) implements Submission {
    }

    /**
     * Records a review. Reviews may arrive late from an offline client with the moment they really
     * happened; a request retried with the same idempotency key is recorded once.
     */
    @Transactional
    public Submission review(UUID learner, UUID cardId, Rating rating, @Nullable Instant reviewedAt,
            @Nullable String idempotencyKey) {
        var now = clock.instant();
        if (idempotencyKey != null) {
            var earlier = cards.cardOfKey(learner, idempotencyKey);
            if (earlier.isPresent()) {
                return cards.find(learner, earlier.get()).<Submission>map(card -> new Recorded(view(card)))
                        .orElseGet(UnknownCard::new);
            }
        }
        var found = cards.lock(learner, cardId);
        if (found.isEmpty()) {
            return new UnknownCard();
        }
        var card = found.get();
        var at = reviewedAt != null ? reviewedAt : now;
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            return new OutOfOrder("reviewedAt is in the future");
        }
        if (at.isBefore(card.createdAt().minus(CLOCK_SKEW))) {
            // a card is made after its learner's account, so this also refuses a review before the account
            return new OutOfOrder("reviewedAt is before the card was made");
        }
        if (at.isBefore(card.createdAt())) {
            at = card.createdAt();
        }
        if (card.memory().lastReview() != null && at.isBefore(card.memory().lastReview())) {
            return new OutOfOrder("reviewedAt is before the card's last review");
        }
        var memory = schedule(card, rating, at);
        if (!cards.log(card, rating.grade(), at, memory, now, idempotencyKey)) {
            return cards.find(learner, cardId).<Submission>map(same -> new Recorded(view(same))).orElseGet(UnknownCard::new);
        }
        var reviewed = new Card(card.id(), card.learner(), card.roadmap(), card.question(), card.createdAt(), memory);
        cards.save(reviewed);
        events.publishEvent(new CardReviewed(card.id(), learner, card.roadmap(), card.question(), rating.grade(), at,
                memory.stability(), memory.difficulty(), memory.due()));
        return new Recorded(view(reviewed));
    }

    /**
     * When the card would fall due after each rating, were it reviewed at this moment: what the
     * rating buttons show. The scheduler computes it exactly as {@link #review} would, so a review
     * recorded at the same moment gets the interval its button showed.
     */
    public Optional<Map<Rating, Instant>> preview(UUID learner, UUID cardId, Instant at) {
        return cards.find(learner, cardId).map(card -> {
            var scheduling = scheduling(card);
            var dues = new EnumMap<Rating, Instant>(Rating.class);
            for (var rating : Rating.values()) {
                dues.put(rating, scheduling.apply(rating, at).due());
            }
            return dues;
        });
    }

    /**
     * The card after the review, by the learner's settings: FSRS at their desired retention, then
     * moved inside its fuzz range toward a lighter day and away from their easy days.
     */
    private Memory schedule(Card card, Rating rating, Instant at) {
        return scheduling(card).apply(rating, at);
    }

    /** How this card is scheduled by the learner's settings (read once, for one or more ratings). */
    private BiFunction<Rating, Instant, Memory> scheduling(Card card) {
        var chosen = settings.of(card.learner());
        var scheduler = new Fsrs(FsrsParameters.defaults().withRequestRetention(chosen.desiredRetention()));
        var zone = timeZone(card.learner());
        var balancer = new LoadBalancer(zone, chosen.easyDays(), chosen.loadBalancing(),
                (first, last) -> cards.dueOn(card.learner(), zone, first, last, card.id()),
                scheduler.parameters().maximumInterval());
        return (rating, at) -> balancer.balance(scheduler.review(card.memory(), rating, at));
    }

    private ZoneId timeZone(UUID learner) {
        return accounts.profile(learner).map(Profile::timeZone).orElse(Profile.DEFAULT_TIME_ZONE);
    }

    /**
     * Undoes the learner's latest review: it stays in the log, marked undone, and the card returns to
     * the state its remaining reviews give ({@link ReviewUndone}).
     *
     * @return the card as it is again, or nothing when there was no review to undo
     */
    @Transactional
    public Optional<CardView> undoLastReview(UUID learner) {
        return cards.undoLatest(learner, clock.instant()).flatMap(undone -> cards.lock(learner, undone.card()).map(card -> {
            var memory = replayed(card);
            var restored = new Card(card.id(), card.learner(), card.roadmap(), card.question(), card.createdAt(), memory);
            cards.save(restored);
            events.publishEvent(new ReviewUndone(card.id(), learner, card.roadmap(), card.question(), undone.reviewedAt(),
                    memory.stability(), memory.lastReview(), memory.due()));
            return view(restored);
        }));
    }

    private Memory replayed(Card card) {
        var memory = Memory.newCard(card.createdAt());
        for (var entry : cards.history(card.id())) {
            memory = fsrs.review(memory, Rating.ofGrade(entry.rating()), entry.reviewedAt());
            if (entry.due() != null && entry.scheduledDays() != null) {
                memory = memory.rescheduled(entry.due(), entry.scheduledDays());
            }
        }
        return memory;
    }

    /** One card of a learner's data download, with its whole review history. */
    record CardWithHistory(CardView card, List<ReviewEntry> reviews) {
    }

    /** Everything this module keeps about a learner: settings, cards with their logs, and answers. */
    Map<String, Object> personalData(UUID learner) {
        return Map.of("settings", settings.of(learner),
                "cards", cards.of(learner).stream().map(card -> new CardWithHistory(view(card), cards.history(card.id()))).toList(),
                "answers", answers.all(learner));
    }

    /** A deleted account's cards, reviews, answers and settings go with it. */
    @ApplicationModuleListener
    void forget(AccountDeleted deleted) {
        cards.forget(deleted.account());
        answers.forget(deleted.account());
        settings.forget(deleted.account());
    }

    /** The card's state rebuilt from nothing but its log: what the stored state must always equal. */
    Optional<Memory> replay(UUID learner, UUID cardId) {
        return cards.find(learner, cardId).map(this::replayed);
    }

    Optional<Memory> stored(UUID learner, UUID cardId) {
        return cards.find(learner, cardId).map(Card::memory);
    }

    private CardView view(Card card) {
        var memory = card.memory();
        return new CardView(card.id(), card.roadmap(), card.question(), memory.state().name(), memory.stability(),
                memory.difficulty(), memory.due(), memory.lastReview(), memory.reps(), memory.lapses(),
                fsrs.retrievability(memory, clock.instant()));
    }
}
