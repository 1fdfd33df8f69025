package uz.roadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.roadmap.assessment.SelfTestFixtures.oneRightOption;
import static uz.roadmap.assessment.SelfTestFixtures.rightKeys;
import static uz.roadmap.assessment.SelfTestFixtures.shortAnswer;
import static uz.roadmap.assessment.SelfTestFixtures.twoRightOptions;
import static uz.roadmap.assessment.SelfTestFixtures.wrongKey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uz.roadmap.assessment.Certainty.Calibration;

/**
 * Certainty-based marking: right earns 1/2/3, wrong 0/−2/−6; multi-answer items are all or nothing;
 * short answers are compared trimmed and without regard to case; calibration compares each
 * certainty's accuracy with the range in which it pays.
 */
class MarkingTests {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void rightAnswersEarnTheirCertaintyAndWrongOnesCostNothingTwoOrSix() {
        var item = Draw.paper(UUID.randomUUID(), List.of(oneRightOption("a", "tcp")), 1).items().getFirst();

        assertThat(List.of(1, 2, 3)).map(level -> answered(item, rightKeys(item), level).marks()).containsExactly(1, 2, 3);
        assertThat(List.of(1, 2, 3)).map(level -> answered(item, wrongKey(item), level).marks()).containsExactly(0, -2, -6);
        assertThat(item.marks()).as("unanswered").isZero();
    }

    @Test
    void aMultiAnswerItemIsRightOnlyWithEveryRightOptionAndNoOther() {
        var item = Draw.paper(UUID.randomUUID(), List.of(twoRightOptions("two", "tcp")), 1).items().getFirst();
        var right = rightKeys(item);

        assertThat(answered(item, right, 2).isRight()).isTrue();
        assertThat(answered(item, List.of(right.get(1), right.get(0)), 2).isRight()).as("in any order").isTrue();
        assertThat(answered(item, List.of(right.getFirst()), 2).isRight()).as("one of two").isFalse();
        assertThat(answered(item, List.of(right.get(0), right.get(1), wrongKey(item).getFirst()), 2).isRight()).as("one too many")
                .isFalse();
    }

    @Test
    void aShortAnswerIsComparedTrimmedAndWithoutRegardToCaseSpacingOrTheApostrophesKind() {
        var item = Draw.paper(UUID.randomUUID(), List.of(shortAnswer("redirect", "shell", "2>&1", "Resident Set Size",
                "o‘n besh")), 1).items().getFirst();

        assertThat(typed(item, "  2>&1 ").isRight()).isTrue();
        assertThat(typed(item, "resident set SIZE").isRight()).isTrue();
        assertThat(typed(item, "Resident  set\tsize").isRight()).isTrue();
        assertThat(typed(item, "o'n besh").isRight()).isTrue();
        assertThat(typed(item, "oʻn besh").isRight()).isTrue();
        assertThat(typed(item, "2> &1").isRight()).isFalse();
        assertThat(typed(item, "1>&2").isRight()).isFalse();
    }

    @Test
    void theScoreCountsRightAnswersAndMarksPerTopic() {
        var paper = Draw.paper(UUID.randomUUID(), SelfTestFixtures.week(2, "redis", "tcp"), 4);
        var items = paper.items().stream().map(item -> item.topic().equals("redis")
                ? answered(item, wrongKey(item), 3) : answered(item, rightKeys(item), 3)).toList();

        var score = Marking.score(items);
        assertThat(score).isEqualTo(new Score(2, 4, 4, 50, -6, 12, -1.5));
        assertThat(Marking.byTopic(items)).containsExactly(
                new TopicScore("redis", new Score(0, 2, 2, 0, -12, 6, -6.0), Calibration.OVER_CONFIDENT),
                new TopicScore("tcp", new Score(2, 2, 2, 100, 6, 6, 3.0), Calibration.CALIBRATED));
    }

    @Test
    void calibrationComparesEachCertaintysAccuracyWithTheRangeWhereItPays() {
        var paper = Draw.paper(UUID.randomUUID(), SelfTestFixtures.week(10, "tcp"), 10).items();
        // certainty 1 on every item, all right: a higher certainty would have paid more
        var underConfident = paper.stream().map(item -> answered(item, rightKeys(item), 1)).toList();
        // certainty 2, right 7 times of 10 (70 %): inside 67–80 %
        var calibrated = paper.stream().map(item -> answered(item, item.number() <= 7 ? rightKeys(item) : wrongKey(item), 2)).toList();
        // certainty 3, right 7 times of 10 (70 %): high certainty needs more than 80 %
        var overConfident = paper.stream().map(item -> answered(item, item.number() <= 7 ? rightKeys(item) : wrongKey(item), 3)).toList();

        assertThat(Marking.calibration(underConfident)).isEqualTo(Calibration.UNDER_CONFIDENT);
        assertThat(Marking.calibration(calibrated)).isEqualTo(Calibration.CALIBRATED);
        assertThat(Marking.calibration(overConfident)).isEqualTo(Calibration.OVER_CONFIDENT);
        assertThat(Marking.calibration(paper)).isEqualTo(Calibration.NOT_ENOUGH_ANSWERS);
        assertThat(Marking.byCertainty(overConfident)).containsExactly(
                new CertaintyLevel(1, 0, 0, 0, 0, 67, Calibration.NOT_ENOUGH_ANSWERS),
                new CertaintyLevel(2, 0, 0, 0, 67, 80, Calibration.NOT_ENOUGH_ANSWERS),
                new CertaintyLevel(3, 10, 7, 70, 80, 100, Calibration.OVER_CONFIDENT));
    }

    private static Paper.Item answered(Paper.Item item, List<String> choices, int certainty) {
        return item.answered(new Response(choices, "", Certainty.of(certainty).orElseThrow(), NOW));
    }

    private static Paper.Item typed(Paper.Item item, String text) {
        return item.answered(new Response(List.of(), text, Certainty.MEDIUM, NOW));
    }
}
