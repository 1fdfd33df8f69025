package uz.roadmap.review.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.review.AnswerView;
import uz.roadmap.review.CardView;
import uz.roadmap.review.ReviewManagement;
import uz.roadmap.review.ReviewManagement.BlankAnswer;
import uz.roadmap.review.ReviewManagement.CheckedAnswer;
import uz.roadmap.review.ReviewManagement.UnknownQuestion;
import uz.roadmap.review.ReviewManagement.InvalidTicks;
import uz.roadmap.review.ReviewManagement.Rated;
import uz.roadmap.review.ReviewManagement.UnknownAnswer;
import uz.roadmap.review.scheduling.Rating;
import uz.roadmap.shared.LocalizedText;

@Tag(name = "Answers", description = "My written answers to interview questions: autosaved drafts, a self-check "
        + "against the model answer's key points (ticks and a rating are suggested), and the confirmed rating, which "
        + "schedules the question's card. Requires a bearer token.")
@RestController
@RequestMapping("/api/v1/answers")
class AnswerApi {

    private final ReviewManagement reviews;
    private final Curriculum curriculum;

    AnswerApi(ReviewManagement reviews, Curriculum curriculum) {
        this.reviews = reviews;
        this.curriculum = curriculum;
    }

    record Writing(@NotBlank @Pattern(regexp = "[a-z0-9-]+") String roadmap,
            @NotBlank @Pattern(regexp = "[a-z0-9-]+") String question, @NotNull @Size(max = 20_000) String text) {
    }

    record KeyPointCheck(LocalizedText text, boolean essential, boolean suggested) {
    }

    record Check(AnswerView answer, LocalizedText modelAnswer, List<KeyPointCheck> keyPoints) {
    }

    record SelfCheck(@NotNull @Size(max = 7) List<Integer> covered, @Min(1) @Max(4) int rating) {
    }

    record Confirmed(AnswerView answer, CardView card) {
    }

    record DontKnow(@NotBlank @Pattern(regexp = "[a-z0-9-]+") String roadmap,
            @NotBlank @Pattern(regexp = "[a-z0-9-]+") String question) {
    }

    /** What "I don't know — show me" gives: the answer rated Again, the card it scheduled, and the model answer. */
    record ShownAnswer(AnswerView answer, CardView card, LocalizedText modelAnswer, List<KeyPointCheck> keyPoints) {
    }

    @Operation(summary = "Autosave my draft answer")
    @PutMapping("/draft")
    AnswerView saveDraft(Authentication user, @Valid @RequestBody Writing draft) {
        return reviews.saveDraft(id(user), draft.roadmap(), draft.question(), draft.text()).orElseThrow(AnswerApi::notFound);
    }

    @Operation(summary = "Submit my answer: see the model answer, its key points and the suggested ticks and rating")
    @PostMapping
    Check submit(Authentication user, @Valid @RequestBody Writing answer) {
        var checked = switch (reviews.submitAnswer(id(user), answer.roadmap(), answer.question(), answer.text())) {
            case CheckedAnswer found -> found;
            case UnknownQuestion() -> throw notFound();
            case BlankAnswer() -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "text must hold an answer: write something first");
        };
        var points = checked.question().keyPoints();
        var keyPoints = IntStream.range(0, points.size())
                .mapToObj(index -> new KeyPointCheck(points.get(index).text(), points.get(index).essential(),
                        checked.answer().suggestedPoints().contains(index)))
                .toList();
        return new Check(checked.answer(), checked.question().answer(), keyPoints);
    }

    @Operation(summary = "Confirm the key points I covered and my rating (1 Again … 4 Easy); schedules the card")
    @PostMapping("/{answer}/rating")
    Confirmed rate(Authentication user, @PathVariable UUID answer, @Valid @RequestBody SelfCheck check) {
        return switch (reviews.rateAnswer(id(user), answer, check.covered(), Rating.ofGrade(check.rating()))) {
            case Rated(var rated, var card) -> new Confirmed(rated, card);
            case UnknownAnswer() -> throw notFound();
            case InvalidTicks() -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "covered names a key point the question does not have");
        };
    }

    @Operation(summary = "I don't know — show me: the question counts as forgotten (rated Again, no key point "
            + "covered; my draft, if any, is kept as the answer), and the model answer is shown")
    @PostMapping("/dont-know")
    ShownAnswer dontKnow(Authentication user, @Valid @RequestBody DontKnow unknown) {
        var question = curriculum.question(unknown.roadmap(), unknown.question()).orElseThrow(AnswerApi::notFound);
        return switch (reviews.dontKnow(id(user), unknown.roadmap(), unknown.question())) {
            case Rated(var rated, var card) -> new ShownAnswer(rated, card, question.answer(), question.keyPoints().stream()
                    .map(point -> new KeyPointCheck(point.text(), point.essential(), false)).toList());
            case UnknownAnswer() -> throw notFound();
            case InvalidTicks() -> throw new IllegalStateException("no key point is ticked for I don't know");
        };
    }

    @Operation(summary = "My answers to a question, oldest first")
    @GetMapping
    List<AnswerView> answers(Authentication user, @RequestParam @Pattern(regexp = "[a-z0-9-]+") String roadmap,
            @RequestParam @Pattern(regexp = "[a-z0-9-]+") String question) {
        return reviews.answers(id(user), roadmap, question);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
