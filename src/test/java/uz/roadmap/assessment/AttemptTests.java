package uz.roadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.roadmap.assessment.SelfTestFixtures.oneRightOption;
import static uz.roadmap.assessment.SelfTestFixtures.rightKeys;
import static uz.roadmap.assessment.SelfTestFixtures.shortAnswer;
import static uz.roadmap.assessment.SelfTestFixtures.twoRightOptions;
import static uz.roadmap.assessment.SelfTestFixtures.wrongKey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uz.roadmap.assessment.SelfTests.Answered;
import uz.roadmap.assessment.SelfTests.Closed;
import uz.roadmap.assessment.SelfTests.InvalidAnswer;
import uz.roadmap.assessment.SelfTests.InvalidAnswer.Reason;
import uz.roadmap.assessment.SelfTests.UnknownItem;
import uz.roadmap.curriculum.Content.SelfTestItem;

/**
 * The attempt guards its own state: answered while open, closed once, unchanged after.
 */
class AttemptTests {

    private static final Instant START = Instant.parse("2026-12-05T08:00:00Z");
    private static final UUID LEARNER = UUID.randomUUID();

    @Test
    void answeringReplacesTheEarlierResponseToAnItem() {
        var attempt = start(List.of(oneRightOption("a", "tcp")), Optional.empty());
        var item = attempt.paper().items().getFirst();

        attempt.answer(1, wrongKey(item), "", 3, START.plusSeconds(10));
        var changed = attempt.answer(1, rightKeys(item), "", 2, START.plusSeconds(20));

        assertThat(changed).isInstanceOf(Answered.class);
        var response = attempt.paper().items().getFirst().response();
        assertThat(response.choices()).isEqualTo(rightKeys(item));
        assertThat(response.certainty()).isEqualTo(Certainty.MEDIUM);
    }

    @Test
    void aResponseMustFitItsItem() {
        var attempt = start(List.of(oneRightOption("one", "tcp"), twoRightOptions("two", "tcp"), shortAnswer("port", "tcp", "443")),
                Optional.empty());
        var one = number(attempt, "one");
        var two = number(attempt, "two");
        var typed = number(attempt, "port");

        assertThat(attempt.answer(one, List.of("a", "b"), "", 1, START)).isEqualTo(new InvalidAnswer(Reason.ONE_CHOICE_ONLY));
        assertThat(attempt.answer(one, List.of("q"), "", 1, START)).isEqualTo(new InvalidAnswer(Reason.NOT_AN_OPTION));
        assertThat(attempt.answer(one, List.of(), "", 1, START)).isEqualTo(new InvalidAnswer(Reason.NO_CHOICE));
        assertThat(attempt.answer(two, List.of("a", "a"), "", 1, START)).isEqualTo(new InvalidAnswer(Reason.REPEATED_CHOICE));
        assertThat(attempt.answer(two, List.of("a"), "443", 1, START)).isEqualTo(new InvalidAnswer(Reason.TEXT_FOR_CHOICE_ITEM));
        assertThat(attempt.answer(typed, List.of("a"), "", 1, START)).isEqualTo(new InvalidAnswer(Reason.CHOICES_FOR_SHORT_ITEM));
        assertThat(attempt.answer(typed, List.of(), "   ", 1, START)).isEqualTo(new InvalidAnswer(Reason.NO_TEXT));
        assertThat(attempt.answer(typed, List.of(), "x".repeat(201), 1, START)).isEqualTo(new InvalidAnswer(Reason.TEXT_TOO_LONG));
        assertThat(attempt.answer(typed, List.of(), "443", 4, START)).isEqualTo(new InvalidAnswer(Reason.NO_CERTAINTY));
        assertThat(attempt.answer(4, List.of(), "443", 1, START)).isEqualTo(new UnknownItem());
        assertThat(attempt.paper().items()).allSatisfy(item -> assertThat(item.response()).isNull());
    }

    @Test
    void aSubmittedAttemptChangesNoMore() {
        var attempt = start(List.of(oneRightOption("a", "tcp")), Optional.empty());
        var item = attempt.paper().items().getFirst();
        attempt.answer(1, rightKeys(item), "", 3, START.plusSeconds(5));

        assertThat(attempt.submit("key-1", START.plusSeconds(10))).isTrue();
        var late = attempt.answer(1, wrongKey(item), "", 1, START.plusSeconds(20));
        var again = attempt.submit(null, START.plusSeconds(30));
        var retried = attempt.submit("key-1", START.plusSeconds(40));

        assertThat(late).isEqualTo(new Closed(AttemptStatus.SUBMITTED));
        assertThat(again).isFalse();
        assertThat(retried).isTrue();
        assertThat(attempt.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(attempt.submittedAt()).isEqualTo(START.plusSeconds(10));
        assertThat(attempt.paper().items().getFirst().response().choices()).isEqualTo(rightKeys(item));
    }

    @Test
    void anAttemptPastItsDeadlineIsSubmittedAsItStoodAtTheDeadline() {
        var attempt = start(List.of(oneRightOption("a", "tcp"), oneRightOption("b", "tcp")), Optional.of(Duration.ofMinutes(30)));
        var first = attempt.paper().items().getFirst();
        attempt.answer(1, rightKeys(first), "", 3, START.plusSeconds(60));

        assertThat(attempt.expireIfDue(START.plus(Duration.ofMinutes(29)))).isFalse();
        var tooLate = attempt.answer(2, rightKeys(attempt.paper().items().get(1)), "", 3, START.plus(Duration.ofMinutes(31)));

        assertThat(tooLate).isEqualTo(new Closed(AttemptStatus.EXPIRED));
        assertThat(attempt.submittedAt()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(attempt.paper().items().get(1).response()).isNull();
        assertThat(attempt.expireIfDue(START.plus(Duration.ofHours(2)))).isFalse();
    }

    @Test
    void anAttemptWithoutATimeLimitNeverExpires() {
        var attempt = start(List.of(oneRightOption("a", "tcp")), Optional.empty());

        assertThat(attempt.expireIfDue(START.plus(Duration.ofDays(400)))).isFalse();
        assertThat(attempt.isOpen()).isTrue();
    }

    private static Attempt start(List<SelfTestItem> items, Optional<Duration> limit) {
        return Attempt.start(LEARNER, "backend-8-weeks", 1, items, items.size(), limit, START, null);
    }

    private static int number(Attempt attempt, String slug) {
        return attempt.paper().items().stream().filter(item -> item.slug().equals(slug)).findFirst().orElseThrow().number();
    }
}
