package uz.roadmap.review.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uz.roadmap.platform.ProblemResponse;
import uz.roadmap.review.CardView;
import uz.roadmap.review.ReviewEntry;
import uz.roadmap.review.ReviewManagement;
import uz.roadmap.review.ReviewManagement.OutOfOrder;
import uz.roadmap.review.ReviewManagement.Recorded;
import uz.roadmap.review.ReviewManagement.UnknownCard;
import uz.roadmap.review.scheduling.Rating;

@Tag(name = "Reviews", description = "My spaced-repetition cards (FSRS-6) and their reviews. Requires a bearer token; "
        + "another learner's card answers 404.")
@RestController
@RequestMapping("/api/v1/cards")
class ReviewApi {

    private final ReviewManagement reviews;

    ReviewApi(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    record NewCard(@NotBlank @Pattern(regexp = "[a-z0-9-]+") String roadmap,
            @NotBlank @Pattern(regexp = "[a-z0-9-]+") String question) {
    }

    record NewReview(@Min(1) @Max(4) int rating, @Nullable Instant reviewedAt) {
    }

    @Operation(summary = "Start learning a question: my card for it (created new and due the first time)")
    @PostMapping
    CardView introduce(Authentication user, @Valid @RequestBody NewCard card) {
        return reviews.introduce(id(user), card.roadmap(), card.question());
    }

    @Operation(summary = "My cards due now, the most forgotten first")
    @GetMapping("/due")
    List<CardView> due(Authentication user, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return reviews.due(id(user), limit);
    }

    @Operation(summary = "One of my cards: state, stability, difficulty, due, reps, lapses and retrievability now")
    @GetMapping("/{card}")
    CardView card(Authentication user, @PathVariable UUID card) {
        return reviews.card(id(user), card).orElseThrow(ReviewApi::notFound);
    }

    @Operation(summary = "A card's review history, oldest first")
    @GetMapping("/{card}/reviews")
    List<ReviewEntry> history(Authentication user, @PathVariable UUID card) {
        return reviews.history(id(user), card).orElseThrow(ReviewApi::notFound);
    }

    @Operation(summary = "Rate my recall of a card: 1 Again, 2 Hard, 3 Good, 4 Easy",
            description = "An offline client sends the real `reviewedAt`; it may not be in the future or before the card's "
                    + "last review (422). With the same `Idempotency-Key`, a retried request is recorded once.")
    @ProblemResponse(status = 422, description = "`reviewedAt` is in the future or before the card's last review")
    @PostMapping("/{card}/reviews")
    CardView review(Authentication user, @PathVariable UUID card, @Valid @RequestBody NewReview review,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable @Size(max = 100) String idempotencyKey) {
        return switch (reviews.review(id(user), card, Rating.ofGrade(review.rating()), review.reviewedAt(), idempotencyKey)) {
            case Recorded(var recorded) -> recorded;
            case UnknownCard() -> throw notFound();
            case OutOfOrder(var reason) -> throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, reason);
        };
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
