package uz.roadmap.review.web;

import java.util.UUID;

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
import uz.roadmap.review.scheduling.Rating;

/**
 * A review session, as fast as Anki: the next due card is swapped in by htmx without reloading the
 * page; Space reveals the answer, 1–4 rate it, U undoes the last rating (see {@code review.js}).
 * Without JavaScript the same forms post and the page reloads.
 */
@Controller
class ReviewSession {

    private final ReviewManagement reviews;
    private final Curriculum curriculum;

    ReviewSession(ReviewManagement reviews, Curriculum curriculum) {
        this.reviews = reviews;
        this.curriculum = curriculum;
    }

    @GetMapping("/review")
    String session(Authentication user, Model model) {
        nextCard(user, model);
        return "review/session";
    }

    @PostMapping("/review/{card}/rating")
    String rate(Authentication user, @PathVariable UUID card, @RequestParam int rating, @RequestParam String attempt,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (rating >= 1 && rating <= 4) {
            reviews.review(id(user), card, Rating.ofGrade(rating), null, "session:" + attempt);
        }
        return next(user, model, htmx);
    }

    @PostMapping("/review/undo")
    String undo(Authentication user, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var undone = reviews.undoLastReview(id(user));
        if (undone.isPresent()) {
            show(undone.get(), model);
            model.addAttribute("due", reviews.dueNow(id(user)));
            model.addAttribute("undone", true);
            return htmx != null ? "review/session :: card" : "review/session";
        }
        return next(user, model, htmx);
    }

    private String next(Authentication user, Model model, String htmx) {
        nextCard(user, model);
        return htmx != null ? "review/session :: card" : "redirect:/review";
    }

    private void nextCard(Authentication user, Model model) {
        reviews.due(id(user), 1).stream().findFirst().ifPresent(card -> show(card, model));
        model.addAttribute("due", reviews.dueNow(id(user)));
    }

    /** The card to show, its question, and a fresh attempt id so that a double press is recorded once. */
    private void show(CardView card, Model model) {
        model.addAttribute("current", card);
        model.addAttribute("question", curriculum.question(card.roadmap(), card.question()).orElse(null));
        model.addAttribute("attempt", UUID.randomUUID());
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
