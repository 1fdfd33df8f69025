package uz.roadmap.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

import uz.roadmap.curriculum.Content.Question;

/**
 * Draws the questions of a mock interview from the weeks a learner has studied: at most one per
 * topic, the topics chosen at random but leaning toward the weak ones, and within a topic a
 * question whose difficulty suits the program week (mostly easy ones early, mostly hard ones late).
 * Plain Java: the caller brings the candidates, how weak each topic is, and the random generator.
 */
final class MockDraw {

    /** How much a topic the learner is strongest in still weighs against one they are weakest in (1). */
    static final double FLOOR = 0.15;

    private MockDraw() {
    }

    /**
     * @param candidates the questions of the weeks studied
     * @param weakness how weak the learner is in each topic, 0 (strong) to 1 (weak); a topic not in it is weak (never tested)
     * @param week the program week, 1 to 8: the difficulty mix rises with it
     * @param count how many questions to draw (fewer when there are fewer topics)
     */
    static List<Question> draw(List<Question> candidates, Map<String, Double> weakness, int week, int count, Random random) {
        var byTopic = new TreeMap<String, List<Question>>();
        candidates.stream().sorted(Comparator.comparing(Question::slug))
                .forEach(question -> byTopic.computeIfAbsent(question.topic(), topic -> new ArrayList<>()).add(question));
        // weighted sampling without replacement (Efraimidis–Spirakis): the topics with the largest u^(1/w)
        var topics = byTopic.keySet().stream()
                .map(topic -> new Keyed(topic, Math.pow(random.nextDouble(), 1 / weight(weakness.getOrDefault(topic, 1.0)))))
                .sorted(Comparator.comparingDouble(Keyed::key).reversed())
                .limit(count)
                .map(Keyed::topic)
                .toList();
        return topics.stream().map(topic -> pick(byTopic.get(topic), week, random)).toList();
    }

    /** A topic's weight: from {@link #FLOOR} for the strongest to 1 for the weakest. */
    static double weight(double weakness) {
        return FLOOR + (1 - FLOOR) * Math.clamp(weakness, 0, 1);
    }

    /**
     * The difficulty a week aims at, from 1 (easy) in week 1 to 3 (hard) in week 8, and a question's
     * weight by how far it is from it: e^-(distance²), so the nearest difficulty is the likeliest and
     * the others still come up.
     */
    static double target(int week) {
        return 1 + 2.0 * (Math.clamp(week, 1, 8) - 1) / 7;
    }

    private static Question pick(List<Question> questions, int week, Random random) {
        var target = target(week);
        var weights = questions.stream().mapToDouble(question -> Math.exp(-Math.pow(question.difficulty() - target, 2))).toArray();
        var total = IntStream.range(0, weights.length).mapToDouble(index -> weights[index]).sum();
        var roll = random.nextDouble() * total;
        for (var index = 0; index < weights.length; index++) {
            roll -= weights[index];
            if (roll < 0) {
                return questions.get(index);
            }
        }
        return questions.getLast();
    }

    private record Keyed(String topic, double key) {
    }
}
