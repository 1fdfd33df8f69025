package uz.roadmap.review.web;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uz.roadmap.review.ReviewManagement;
import uz.roadmap.review.ReviewSettings;

@Tag(name = "Reviews")
@RestController
@RequestMapping("/api/v1/review-settings")
class ReviewSettingsApi {

    private final ReviewManagement reviews;

    ReviewSettingsApi(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    record SettingsChange(@DecimalMin("0.70") @DecimalMax("0.97") double desiredRetention,
            @Min(1) @Max(ReviewSettings.MAX_DAILY_REVIEW_LIMIT) int dailyReviewLimit, boolean loadBalancing,
            @NotNull @Size(max = 6) Set<DayOfWeek> easyDays) {
    }

    @Operation(summary = "My review settings: desired retention, daily review limit, load balancing and easy days")
    @GetMapping
    ReviewSettings settings(Authentication user) {
        return reviews.settings(id(user));
    }

    @Operation(summary = "Change my review settings",
            description = "Desired retention 0.70–0.97; daily limit of reviews of graduated cards 1–9999; easy days are "
                    + "weekdays (MONDAY … SUNDAY), not all seven. They apply to reviews from now on. 400 for bad values.")
    @PutMapping
    ReviewSettings update(Authentication user, @Valid @RequestBody SettingsChange change) {
        var settings = new ReviewSettings(change.desiredRetention(), change.dailyReviewLimit(), change.loadBalancing(),
                change.easyDays());
        reviews.updateSettings(id(user), settings);
        return settings;
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
