package uz.roadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import uz.roadmap.curriculum.Content.Question;

/**
 * The draw of a mock interview: one question per topic at most, from the weeks studied only, leaning
 * toward weak topics and toward harder questions as the weeks go by. The statistical checks draw
 * many mocks with a fixed seed, so they always come out the same.
 */
class MockDrawTests {

    private static final int DRAWS = 4000;

    private final Random random = new Random(20261205);

    @Test
    void noTwoQuestionsOfAMockShareATopic() {
        var candidates = MockFixtures.questions(1, 5, "tcp", "dns", "http", "linux", "git", "sql", "redis", "kafka");

        for (var draw = 0; draw < DRAWS; draw++) {
            var drawn = MockDraw.draw(candidates, Map.of(), 5, 6, random);

            assertThat(drawn).hasSize(6).extracting(Question::topic).doesNotHaveDuplicates();
        }
    }

    @Test
    void fewerTopicsThanQuestionsGiveOneQuestionPerTopic() {
        var drawn = MockDraw.draw(MockFixtures.questions(1, 5, "tcp", "dns"), Map.of(), 5, 6, random);

        assertThat(drawn).extracting(Question::topic).containsExactlyInAnyOrder("tcp", "dns");
    }

    @Test
    void weakTopicsComeUpMoreOften() {
        var topics = List.of("t01", "t02", "t03", "t04", "t05", "t06", "t07", "t08", "t09", "t10", "t11", "t12");
        var candidates = MockFixtures.questions(1, 3, topics.toArray(String[]::new));
        var weakness = new HashMap<String, Double>();
        topics.subList(0, 4).forEach(topic -> weakness.put(topic, 0.9));  // weak: forgotten, poor coverage
        topics.subList(4, 8).forEach(topic -> weakness.put(topic, 0.1));  // strong
        // t09 to t12: never tested, as weak as it gets

        var counts = counts(candidates, weakness, 6);

        var weak = mean(counts, topics.subList(0, 4));
        var strong = mean(counts, topics.subList(4, 8));
        var untested = mean(counts, topics.subList(8, 12));
        assertThat(weak).as("a weak topic against a strong one").isGreaterThan(1.8 * strong);
        assertThat(untested).as("a topic never tested against a strong one").isGreaterThan(1.8 * strong);
        assertThat(strong).as("strong topics still come up").isGreaterThan(0.05 * DRAWS);
    }

    @Test
    void theDifficultyMixRisesWithTheProgramWeek() {
        var candidates = MockFixtures.questions(1, 3, "tcp", "dns", "http", "linux", "git", "sql");

        var early = meanDifficulty(candidates, 2);
        var late = meanDifficulty(candidates, 8);

        assertThat(early).isLessThan(1.9);
        assertThat(late).isGreaterThan(2.3);
    }

    @Test
    void onlyTheWeeksStudiedAreDrawnFrom() {
        assertThat(MockInterviews.studiedWeeks(2)).containsExactly(1);
        assertThat(MockInterviews.studiedWeeks(8)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(MockInterviews.studiedWeeks(9)).as("after the program").containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    private Map<String, Integer> counts(List<Question> candidates, Map<String, Double> weakness, int count) {
        var counts = new HashMap<String, Integer>();
        for (var draw = 0; draw < DRAWS; draw++) {
            MockDraw.draw(candidates, weakness, 5, count, random).forEach(question -> counts.merge(question.topic(), 1, Integer::sum));
        }
        return counts;
    }

    private double meanDifficulty(List<Question> candidates, int week) {
        var difficulties = new ArrayList<Integer>();
        for (var draw = 0; draw < DRAWS; draw++) {
            MockDraw.draw(candidates, Map.of(), week, 6, random).forEach(question -> difficulties.add(question.difficulty()));
        }
        return difficulties.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    private static double mean(Map<String, Integer> counts, List<String> topics) {
        return topics.stream().mapToInt(topic -> counts.getOrDefault(topic, 0)).average().orElseThrow();
    }
}
