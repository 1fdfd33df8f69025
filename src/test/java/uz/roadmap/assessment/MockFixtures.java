package uz.roadmap.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import uz.roadmap.curriculum.Content.KeyPoint;
import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.shared.LocalizedText;

/**
 * Questions and mock-interview sheets as the tests need them.
 */
final class MockFixtures {

    private MockFixtures() {
    }

    /** A question of a week and topic, with three key points of which the first is essential. */
    static Question question(String slug, int week, String topic, int difficulty) {
        return new Question(slug, week, topic, difficulty, false, text("Savol " + slug, "Question " + slug),
                text("Javob", "**Model** answer"),
                List.of(new KeyPoint(text("birinchi", "first"), true, List.of("first")),
                        new KeyPoint(text("ikkinchi", "second"), false, List.of("second")),
                        new KeyPoint(text("uchinchi", "third"), false, List.of("third"))),
                null);
    }

    /** {@code perTopic} questions of each topic, difficulties 1, 2, 3 in turn, in the given week. */
    static List<Question> questions(int week, int perTopic, String... topics) {
        var questions = new ArrayList<Question>();
        for (var topic : topics) {
            IntStream.range(0, perTopic).forEach(index -> questions.add(question(topic + "-" + index, week, topic, index % 3 + 1)));
        }
        return questions;
    }

    static List<MockSheet.Question> sheet(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(number -> {
            var question = question("q" + number, 1, "topic-" + number, 2);
            return MockSheet.Question.drawn(number, question.slug(), question.topic(), question.difficulty(),
                    question.prompt(), question.answer(), question.keyPoints().stream()
                            .map(point -> new MockSheet.Point(point.text(), point.essential(), point.terms())).toList());
        }).toList();
    }

    static LocalizedText text(String uz, String en) {
        return new LocalizedText(uz, en);
    }
}
