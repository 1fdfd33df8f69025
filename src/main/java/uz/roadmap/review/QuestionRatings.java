package uz.roadmap.review;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.review.ReviewManagement.Recorded;
import uz.roadmap.review.scheduling.Rating;

/**
 * Ratings of a question given by another activity — a mock interview's self-grading — recorded as
 * reviews of the learner's card for it, so that the scheduler brings a weak answer back soon. The
 * other module asks for this explicitly, in its own request; review never calls it back.
 */
@Service
public class QuestionRatings {

    private final ReviewManagement reviews;

    QuestionRatings(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    /**
     * Rates the learner's recall of a question now: introduces its card if they had none, then
     * records the review. A retry with the same key is recorded once.
     *
     * @param grade 1 Again, 2 Hard, 3 Good, 4 Easy
     * @param key names the rating where it was given (e.g. {@code mock:<id>:3}), so that it is recorded once
     * @return the card as it is now
     */
    @Transactional
    public Optional<CardView> rate(UUID learner, String roadmap, String question, int grade, String key) {
        var rating = Rating.ofGrade(grade);
        var card = reviews.introduce(learner, roadmap, question);
        return reviews.review(learner, card.id(), rating, null, key) instanceof Recorded(var reviewed)
                ? Optional.of(reviewed) : Optional.empty();
    }
}
