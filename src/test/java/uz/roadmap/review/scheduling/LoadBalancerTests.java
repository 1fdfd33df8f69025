package uz.roadmap.review.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Load balancing and easy days move a review only inside its fuzz range: to the lightest day, away
 * from easy days, and nowhere without a reason.
 */
class LoadBalancerTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    /** A Monday, 10:00 in Tashkent. */
    private static final Instant REVIEWED = Instant.parse("2026-11-23T05:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final Map<LocalDate, Integer> dueCounts = new HashMap<>();

    @Test
    void aReviewMovesToTheLightestDayOfItsFuzzRange() {
        var reviewed = reviewCardDueIn(10);
        var range = Fsrs.fuzzRange(10, 0, 36500);
        for (int days = range[0]; days <= range[1]; days++) {
            dueCounts.put(MONDAY.plusDays(days), 50);
        }
        dueCounts.put(MONDAY.plusDays(range[0]), 3);

        var balanced = balancer(Set.of(), true).balance(reviewed);

        assertThat(balanced.scheduledDays()).isEqualTo(range[0]);
        assertThat(balanced.due()).isEqualTo(REVIEWED.plus(Duration.ofDays(range[0])));
        assertThat(balanced.stability()).isEqualTo(reviewed.stability());
    }

    @Test
    void equallyLightDaysKeepTheIntervalFsrsChose() {
        var reviewed = reviewCardDueIn(10);

        assertThat(balancer(Set.of(), true).balance(reviewed)).isEqualTo(reviewed);
    }

    @Test
    void easyDaysAreAvoidedWhenTheRangeHasAnotherDay() {
        var reviewed = reviewCardDueIn(7);
        var idealDay = MONDAY.plusDays(7).getDayOfWeek();

        var balanced = balancer(Set.of(idealDay), false).balance(reviewed);

        assertThat(MONDAY.plusDays(balanced.scheduledDays()).getDayOfWeek()).isNotEqualTo(idealDay);
        assertThat(Math.abs(balanced.scheduledDays() - 7)).isEqualTo(1);
    }

    @Test
    void aRangeOfOnlyEasyDaysStillSchedulesTheReview() {
        var reviewed = reviewCardDueIn(3);
        var range = Fsrs.fuzzRange(3, 0, 36500);
        var everyDayOfTheRange = new HashSet<DayOfWeek>();
        for (int days = range[0]; days <= range[1]; days++) {
            everyDayOfTheRange.add(MONDAY.plusDays(days).getDayOfWeek());
        }

        assertThat(balancer(everyDayOfTheRange, false).balance(reviewed).scheduledDays()).isBetween(range[0], range[1]);
    }

    @Test
    void shortStepsAndLearningCardsNeverMove() {
        var learning = new Memory(CardState.LEARNING, 2, 5, REVIEWED.plus(Duration.ofMinutes(10)), REVIEWED, 1, 0, 1, 0, 0);
        var tomorrow = reviewCardDueIn(2);
        dueCounts.put(MONDAY.plusDays(2), 500);

        assertThat(balancer(Set.of(DayOfWeek.WEDNESDAY), true).balance(learning)).isEqualTo(learning);
        assertThat(balancer(Set.of(DayOfWeek.WEDNESDAY), true).balance(tomorrow)).isEqualTo(tomorrow);
    }

    private LoadBalancer balancer(Set<DayOfWeek> easyDays, boolean balancing) {
        return new LoadBalancer(TASHKENT, easyDays, balancing, (first, last) -> dueCounts, 36500);
    }

    private static Memory reviewCardDueIn(int days) {
        return new Memory(CardState.REVIEW, 12, 5, REVIEWED.plus(Duration.ofDays(days)), REVIEWED, 4, 0, 0, days, 0);
    }
}
