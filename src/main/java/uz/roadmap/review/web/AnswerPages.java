package uz.roadmap.review.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
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
import jakarta.servlet.http.HttpServletResponse;
import uz.roadmap.review.AnswerView;
import uz.roadmap.review.ReviewManagement;
import uz.roadmap.review.ReviewManagement.BlankAnswer;
import uz.roadmap.review.ReviewManagement.CheckedAnswer;
import uz.roadmap.review.ReviewManagement.Rated;
import uz.roadmap.review.ReviewManagement.UnknownQuestion;
import uz.roadmap.review.scheduling.Rating;

/**
 * Writing an answer in the browser: write (the draft is saved while typing), submit, compare with the model answer
 * and its key points — the covered ones come pre-ticked, the rating pre-selected — and confirm. The question's page
 * keeps every answer; one submitted but not rated yet comes back at the self-check. Empty answers reveal nothing:
 * the model answer is earned by writing, or by "I don't know", which counts as Again.
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

    /**
     * A question's page: the learner's answers to it, oldest first, with their ticks and ratings;
     * then the self-check of a submitted answer not rated yet, or else the box to write a new one.
     */
    @GetMapping("/answers/{question}")
    String page(Authentication user, @PathVariable String question, Model model) {
        var found = curriculum.question(ROADMAP, question).orElseThrow(AnswerPages::notFound);
        var answers = reviews.answers(id(user), ROADMAP, question);
        model.addAttribute("question", found);
        model.addAttribute("earlier", answers.stream().filter(AnswerView::rated).toList());
        model.addAttribute("zone", zone(user));
        var awaitingCheck = answers.stream().filter(AnswerView::awaitingCheck).reduce((first, second) -> second);
        if (awaitingCheck.isPresent()) {
            model.addAttribute("checked", new CheckedAnswer(awaitingCheck.get(), found));
            return "review/check";
        }
        if (!model.containsAttribute("text")) {
            model.addAttribute("text", answers.stream().filter(answer -> answer.status().equals("DRAFT"))
                    .map(AnswerView::text).findFirst().orElse(""));
        }
        return "review/write";
    }

    @PostMapping("/answers/{question}/draft")
    String saveDraft(Authentication user, @PathVariable String question, @RequestParam String text, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (text.length() > MAX_TEXT) {
            return rejected(user, question, text, new Problem("answer.tooLong", text.length(), MAX_TEXT), model, response);
        }
        reviews.saveDraft(id(user), ROADMAP, question, text).orElseThrow(AnswerPages::notFound);
        redirect.addAttribute("saved", "");
        return "redirect:/answers/" + question;
    }

    /** Autosave while the learner types (htmx): answers with the line that says when the draft was saved. */
    @PostMapping(path = "/answers/{question}/draft", headers = "HX-Request")
    String autosave(Authentication user, @PathVariable String question, @RequestParam String text, Model model) {
        if (text.length() > MAX_TEXT) {
            model.addAttribute("tooLong", new Problem("answer.tooLong", text.length(), MAX_TEXT));
            return "review/write :: draft-status";
        }
        var draft = reviews.saveDraft(id(user), ROADMAP, question, text).orElseThrow(AnswerPages::notFound);
        model.addAttribute("savedAt", draft.updatedAt().atZone(zone(user)).toLocalTime().truncatedTo(ChronoUnit.MINUTES));
        return "review/write :: draft-status";
    }

    /** Submits the answer and shows the self-check at the question's own address, so a reload comes back to it. */
    @PostMapping("/answers/{question}")
    String submit(Authentication user, @PathVariable String question, @RequestParam String text, Model model,
            HttpServletResponse response) {
        if (text.length() > MAX_TEXT) {
            return rejected(user, question, text, new Problem("answer.tooLong", text.length(), MAX_TEXT), model, response);
        }
        return switch (reviews.submitAnswer(id(user), ROADMAP, question, text)) {
            case CheckedAnswer checked -> "redirect:/answers/" + question;
            case UnknownQuestion() -> throw notFound();
            case BlankAnswer() -> rejected(user, question, text, new Problem("answer.blank"), model, response);
        };
    }

    /** "I don't know — show me": counts as Again, and the page shows the model answer. */
    @PostMapping("/answers/{question}/dont-know")
    String dontKnow(Authentication user, @PathVariable String question, RedirectAttributes redirect) {
        if (!(reviews.dontKnow(id(user), ROADMAP, question) instanceof Rated)) {
            throw notFound();
        }
        redirect.addAttribute("shown", "");
        return "redirect:/answers/" + question;
    }

    /** A message of the review bundle and its arguments. */
    record Problem(String code, Object... arguments) {
    }

    /** The write page again, with what was typed and what is wrong with it. */
    private String rejected(Authentication user, String question, String text, Problem problem, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("text", text);
        model.addAttribute("problem", problem);
        return page(user, question, model);
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

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private ZoneId zone(Authentication user) {
        return accounts.profile(id(user)).map(Profile::timeZone).orElse(Profile.DEFAULT_TIME_ZONE);
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
