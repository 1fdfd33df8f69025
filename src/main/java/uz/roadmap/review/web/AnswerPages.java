package uz.roadmap.review.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Profile;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.review.ReviewManagement;
import uz.roadmap.review.ReviewManagement.Rated;
import uz.roadmap.review.scheduling.Rating;

/**
 * Writing an answer in the browser: write (the draft is saved while typing), submit, compare with the model answer
 * and its key points — the covered ones come pre-ticked, the rating pre-selected — and confirm.
 */
@Controller
class AnswerPages {

    private static final String ROADMAP = "backend-8-weeks";
    private static final int MAX_TEXT = 20_000;

    private final ReviewManagement reviews;
    private final Curriculum curriculum;
    private final AccountManagement accounts;

    AnswerPages(ReviewManagement reviews, Curriculum curriculum, AccountManagement accounts) {
        this.reviews = reviews;
        this.curriculum = curriculum;
        this.accounts = accounts;
    }

    @GetMapping("/answers/{question}")
    String write(Authentication user, @PathVariable String question, Model model) {
        model.addAttribute("question", curriculum.question(ROADMAP, question).orElseThrow(AnswerPages::notFound));
        model.addAttribute("text", reviews.draft(id(user), ROADMAP, question).map(draft -> draft.text()).orElse(""));
        return "review/write";
    }

    @PostMapping("/answers/{question}/draft")
    String saveDraft(Authentication user, @PathVariable String question, @RequestParam String text,
            RedirectAttributes redirect) {
        reviews.saveDraft(id(user), ROADMAP, question, limited(text)).orElseThrow(AnswerPages::notFound);
        redirect.addAttribute("saved", "");
        return "redirect:/answers/" + question;
    }

    /** Autosave while the learner types (htmx): answers with the line that says when the draft was saved. */
    @PostMapping(path = "/answers/{question}/draft", headers = "HX-Request")
    String autosave(Authentication user, @PathVariable String question, @RequestParam String text, Model model) {
        var draft = reviews.saveDraft(id(user), ROADMAP, question, limited(text)).orElseThrow(AnswerPages::notFound);
        var zone = accounts.profile(id(user)).map(Profile::timeZone).orElse(Profile.DEFAULT_TIME_ZONE);
        model.addAttribute("savedAt", draft.updatedAt().atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES));
        return "review/write :: draft-status";
    }

    @PostMapping("/answers/{question}")
    String submit(Authentication user, @PathVariable String question, @RequestParam String text, Model model) {
        var checked = reviews.submitAnswer(id(user), ROADMAP, question, limited(text)).orElseThrow(AnswerPages::notFound);
        model.addAttribute("checked", checked);
        return "review/check";
    }

    @PostMapping("/answers/rated/{answer}")
    String rate(Authentication user, @PathVariable UUID answer,
            @RequestParam(name = "covered", required = false) List<Integer> covered, @RequestParam int rating,
            RedirectAttributes redirect) {
        if (rating < 1 || rating > 4) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (!(reviews.rateAnswer(id(user), answer, covered == null ? List.of() : covered,
                Rating.ofGrade(rating)) instanceof Rated rated)) {
            throw notFound();
        }
        redirect.addFlashAttribute("answerRated", new AnswerRated(rated.answer().question(), rating,
                Objects.requireNonNullElse(rated.card().lastReview(), rated.card().due()), rated.card().due()));
        return "redirect:/today";
    }

    /** What the page after a confirmed self-check says: the rating, and when the question comes back. */
    record AnswerRated(String question, int rating, Instant at, Instant due) implements Serializable {
    }

    private static String limited(String text) {
        if (text.length() > MAX_TEXT) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
        }
        return text;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
