package uz.roadmap.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.review.Cards.Card;
import uz.roadmap.review.scheduling.Fsrs;
import uz.roadmap.review.scheduling.FsrsParameters;
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

    private final Cards cards;
    private final ApplicationEventPublisher events;
    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults());
    private final Clock clock = Clock.systemUTC();

    ReviewManagement(Cards cards, ApplicationEventPublisher events) {
        this.cards = cards;
        this.events = events;
    }

    /** The learner's card for a question, created (new, due now) the first time they meet it. */
    @Transactional
    public CardView introduce(UUID learner, String roadmap, String question) {
        return view(cards.introduce(learner, roadmap, question, clock.instant()));
    }

    public Optional<CardView> card(UUID learner, UUID card) {
        return cards.find(learner, card).map(this::view);
    }

    /** The learner's due cards, the most forgotten first (lowest retrievability), at most {@code limit}. */
    public List<CardView> due(UUID learner, int limit) {
        var now = clock.instant();
        return cards.due(learner, now, 1000).stream()
                .map(this::view)
                .sorted(Comparator.comparingDouble(CardView::retrievability).thenComparing(CardView::due))
                .limit(limit)
                .toList();
    }

    /** Every question of the roadmap the learner has a card for, with how well they recall it now. */
    public List<QuestionMemory> memoryOf(UUID learner, String roadmap) {
        var now = clock.instant();
        return cards.of(learner, roadmap).stream()
                .map(card -> new QuestionMemory(card.question(), card.createdAt(), fsrs.retrievability(card.memory(), now)))
                .toList();
    }

    /** How many of the learner's cards are due now. */
    public int dueCount(UUID learner) {
        return cards.dueCount(learner, clock.instant());
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

    /** The review cannot be placed in time: in the future, or before the card's last review. */
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
        if (card.memory().lastReview() != null && at.isBefore(card.memory().lastReview())) {
            return new OutOfOrder("reviewedAt is before the card's last review");
        }
        if (!cards.log(card, rating.grade(), at, now, idempotencyKey)) {
            return cards.find(learner, cardId).<Submission>map(same -> new Recorded(view(same))).orElseGet(UnknownCard::new);
        }
        var reviewed = new Card(card.id(), card.learner(), card.roadmap(), card.question(), card.createdAt(),
                fsrs.review(card.memory(), rating, at));
        cards.save(reviewed);
        var memory = reviewed.memory();
        events.publishEvent(new CardReviewed(card.id(), learner, card.roadmap(), card.question(), rating.grade(), at,
                memory.stability(), memory.difficulty(), memory.due()));
        return new Recorded(view(reviewed));
    }

    /** The card's state rebuilt from nothing but its log: what the stored state must always equal. */
    Optional<Memory> replay(UUID learner, UUID cardId) {
        return cards.find(learner, cardId).map(card -> {
            var memory = Memory.newCard(card.createdAt());
            for (var entry : cards.history(card.id())) {
                memory = fsrs.review(memory, Rating.ofGrade(entry.rating()), entry.reviewedAt());
            }
            return memory;
        });
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
