package uz.roadmap.review.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.review.CardView;
import uz.roadmap.review.ReviewManagement;
import uz.roadmap.review.ReviewManagement.Recorded;
import uz.roadmap.review.ReviewProgress;
import uz.roadmap.review.scheduling.Rating;

/**
 * A review session, as fast as Anki: the next due card is swapped in by htmx without reloading the
 * page; Space reveals the answer, 1–4 rate it, U undoes the last rating (see {@code review.js}), and
 * every key gets an answer. Each rating button shows the interval the scheduler would give; cards
 * rated Again come back in the same session when they are due. Every rating is confirmed on the next card; when nothing is left, the session's summary shows how
 * many cards were reviewed, how they were rated, how long it took and when the next card is due.
 * The session's start travels with its forms, so a reload keeps it. Without JavaScript the same
 * forms post and the page reloads.
 */
@Controller
class ReviewSession {

    /** How long the session waits for a learning card to come back, as Anki's learn-ahead limit. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    /** How old a "shown at" moment may be and still be when a rating counts. */
    private static final Duration SHOWN_AT_MOST = Duration.ofHours(1);

    private final ReviewManagement reviews;
    private final ReviewProgress progress;
    private final Curriculum curriculum;
    private final Clock clock;

    ReviewSession(ReviewManagement reviews, ReviewProgress progress, Curriculum curriculum, Clock clock) {
        this.reviews = reviews;
        this.progress = progress;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    @GetMapping("/review")
    String session(Authentication user, @RequestParam(required = false) @Nullable Instant started,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        nextCard(user, started(started), model);
        return htmx != null ? "review/session :: card" : "review/session";
    }

    /**
     * Rates the card. The review is recorded at the moment its buttons were shown (when that was
     * within the last hour), so the card gets exactly the interval its button showed.
     */
    @PostMapping("/review/{card}/rating")
    String rate(Authentication user, @PathVariable UUID card, @RequestParam int rating, @RequestParam String attempt,
            @RequestParam(required = false) @Nullable Instant started,
            @RequestParam(required = false) @Nullable Instant shownAt,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        if (rating >= 1 && rating <= 4) {
            var now = clock.instant();
            var at = shownAt != null && !shownAt.isAfter(now) && shownAt.isAfter(now.minus(SHOWN_AT_MOST)) ? shownAt : null;
            var outcome = reviews.review(id(user), card, Rating.ofGrade(rating), at,
                    ReviewProgress.SESSION_KEY_PREFIX + attempt);
            if (outcome instanceof Recorded(var reviewed)) {
                model.addAttribute("rated", new Rated(rating,
                        Objects.requireNonNullElse(reviewed.lastReview(), clock.instant()), reviewed.due()));
            }
        }
        return next(user, started(started), model, htmx);
    }

    /** The confirmation of a rating: which it was, and when the card comes back after its review. */
    record Rated(int rating, Instant at, Instant due) {
    }

    @PostMapping("/review/undo")
    String undo(Authentication user, @RequestParam(required = false) @Nullable Instant started,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var undone = reviews.undoLastReview(id(user));
        if (undone.isPresent()) {
            show(user, undone.get(), started(started), model);
            model.addAttribute("due", reviews.dueNow(id(user)));
            model.addAttribute("undone", true);
            return htmx != null ? "review/session :: card" : "review/session";
        }
        model.addAttribute("nothingToUndo", true);
        return next(user, started(started), model, htmx);
    }

    private String next(Authentication user, Instant started, Model model, @Nullable String htmx) {
        nextCard(user, started, model);
        return htmx != null ? "review/session :: card" : "redirect:/review?started=" + started;
    }

    /**
     * The next due card; when none is due, the session's summary, and — as Anki does — the learning
     * cards that come back within {@link #LEARN_AHEAD} are waited for, and shown when they are due.
     */
    private void nextCard(Authentication user, Instant started, Model model) {
        model.addAttribute("started", started);
        var card = reviews.due(id(user), 1).stream().findFirst();
        card.ifPresent(found -> show(user, found, started, model));
        model.addAttribute("due", reviews.dueNow(id(user)));
        if (card.isEmpty()) {
            var now = clock.instant();
            model.addAttribute("summary", progress.session(id(user), started, now));
            progress.comingBack(id(user), now, now.plus(LEARN_AHEAD)).ifPresent(back -> model.addAttribute("comingBack",
                    Math.max(1, Duration.between(now, back).toSeconds() + 1)));
        }
    }

    /**
     * The card to show, its question, what each rating would schedule, and a fresh attempt id so
     * that a double press is recorded once.
     */
    private void show(Authentication user, CardView card, Instant started, Model model) {
        var shownAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        model.addAttribute("started", started);
        model.addAttribute("current", card);
        model.addAttribute("question", curriculum.question(card.roadmap(), card.question()).orElse(null));
        model.addAttribute("attempt", UUID.randomUUID());
        model.addAttribute("shownAt", shownAt);
        model.addAttribute("choices", reviews.preview(id(user), card.id(), shownAt).map(dues -> dues.entrySet().stream()
                .map(choice -> new Choice(choice.getKey().grade(), shownAt, choice.getValue())).toList())
                .orElse(List.of()));
    }

    /** A rating button: its grade and the interval it gives, from when it was shown until the card would be due. */
    record Choice(int grade, Instant shownAt, Instant due) {
    }

    private Instant started(@Nullable Instant started) {
        var now = clock.instant();
        return started == null || started.isAfter(now) ? now : started;
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
