package uz.roadmap.review;

import java.util.UUID;

import org.springframework.stereotype.Component;

import uz.roadmap.account.PersonalData;

/**
 * The "reviews" section of a learner's data download.
 */
@Component
class ReviewPersonalData implements PersonalData {

    private final ReviewManagement reviews;

    ReviewPersonalData(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @Override
    public String name() {
        return "reviews";
    }

    @Override
    public Object of(UUID account) {
        return reviews.personalData(account);
    }
}
