package uz.roadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uz.roadmap.curriculum.Content.SelfTestItem;
import uz.roadmap.shared.Ids;

/**
 * An attempt's paper: as many items as the blueprint asks, balanced across the week's topics, in an
 * order (of items and of options) that the attempt's id alone decides.
 */
class DrawTests {

    private static final List<SelfTestItem> WEEK = SelfTestFixtures.week(6, "tcp", "dns", "http", "linux");

    @Test
    void itemsAreBalancedAcrossTheWeeksTopics() {
        var paper = Draw.paper(Ids.newId(), WEEK, 10);

        assertThat(paper.items()).hasSize(10);
        assertThat(perTopic(paper).values()).allSatisfy(count -> assertThat(count).isBetween(2L, 3L));
        assertThat(paper.items()).extracting(Paper.Item::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void aTopicWithFewItemsGivesAllOfThemAndTheOthersFillTheRest() {
        var week = new java.util.ArrayList<>(SelfTestFixtures.week(8, "tcp"));
        week.add(SelfTestFixtures.oneRightOption("only-dns", "dns"));

        var paper = Draw.paper(Ids.newId(), week, 6);

        assertThat(perTopic(paper)).containsEntry("dns", 1L).containsEntry("tcp", 5L);
    }

    @Test
    void askingForMoreThanTheWeekHasDrawsEveryItemOnce() {
        var paper = Draw.paper(Ids.newId(), WEEK, 50);

        assertThat(paper.items()).extracting(Paper.Item::slug).doesNotHaveDuplicates().hasSize(WEEK.size());
    }

    @Test
    void theAttemptsIdDecidesTheOrderOfItemsAndOptions() {
        var id = UUID.fromString("019a2d5e-0000-7000-8000-000000000001");

        assertThat(Draw.paper(id, WEEK, 12)).isEqualTo(Draw.paper(id, WEEK, 12));
        assertThat(Draw.paper(id, WEEK.reversed(), 12)).as("whatever order the content lists them in")
                .isEqualTo(Draw.paper(id, WEEK, 12));
        var others = java.util.stream.IntStream.range(0, 20).mapToObj(attempt -> Draw.paper(Ids.newId(), WEEK, 12)).toList();
        assertThat(others.stream().map(paper -> paper.items().stream().map(Paper.Item::slug).toList()).distinct().count())
                .isGreaterThan(15);
        assertThat(others.stream().map(paper -> paper.items().getFirst().options().stream()
                .filter(Paper.Option::correct).findFirst().orElseThrow().key()).distinct().count())
                .as("the right option is not always in the same place").isGreaterThan(1);
    }

    private static Map<String, Long> perTopic(Paper paper) {
        return paper.items().stream().collect(Collectors.groupingBy(Paper.Item::topic, Collectors.counting()));
    }
}
