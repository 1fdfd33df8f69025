package uz.roadmap.review.web;

import java.time.Clock;
import java.time.Instant;
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
 * page; Space reveals the answer, 1–4 rate it, U undoes the last rating (see {@code review.js}).
 * Every rating is confirmed on the next card; when nothing is left, the session's summary shows how
 * many cards were reviewed, how they were rated, how long it took and when the next card is due.
 * The session's start travels with its forms, so a reload keeps it. Without JavaScript the same
 * forms post and the page reloads.
 */
@Controller
class ReviewSession {

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

    @PostMapping("/review/{card}/rating")
    String rate(Authentication user, @PathVariable UUID card, @RequestParam int rating, @RequestParam String attempt,
            @RequestParam(required = false) @Nullable Instant started,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        if (rating >= 1 && rating <= 4) {
            var outcome = reviews.review(id(user), card, Rating.ofGrade(rating), null,
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
            show(undone.get(), started(started), model);
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

    private void nextCard(Authentication user, Instant started, Model model) {
        model.addAttribute("started", started);
        var card = reviews.due(id(user), 1).stream().findFirst();
        card.ifPresent(found -> show(found, started, model));
        model.addAttribute("due", reviews.dueNow(id(user)));
        if (card.isEmpty()) {
            model.addAttribute("summary", progress.session(id(user), started, clock.instant()));
        }
    }

    /** The card to show, its question, and a fresh attempt id so that a double press is recorded once. */
    private void show(CardView card, Instant started, Model model) {
        model.addAttribute("started", started);
        model.addAttribute("current", card);
        model.addAttribute("question", curriculum.question(card.roadmap(), card.question()).orElse(null));
        model.addAttribute("attempt", UUID.randomUUID());
    }

    private Instant started(@Nullable Instant started) {
        var now = clock.instant();
        return started == null || started.isAfter(now) ? now : started;
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
