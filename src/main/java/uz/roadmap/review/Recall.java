package uz.roadmap.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import uz.roadmap.curriculum.Content;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.review.answers.AnswerBook;
import uz.roadmap.review.answers.KeyPointMatcher;
import uz.roadmap.review.scheduling.Fsrs;
import uz.roadmap.review.scheduling.FsrsParameters;

/**
 * What the review module knows of a learner's recall, for other modules to read: per topic, how
 * well they recall its questions and how much of the key points their written answers covered; and
 * the key-point check written answers get, for answers written elsewhere.
 */
@Service
public class Recall {

    private final Cards cards;
    private final AnswerBook answers;
    private final Curriculum curriculum;
    private final Clock clock;
    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults());

    Recall(Cards cards, AnswerBook answers, Curriculum curriculum, Clock clock) {
        this.cards = cards;
        this.answers = answers;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    /** Every topic of the roadmap the learner has met, with their recall and key-point coverage of it. */
    public List<TopicRecall> byTopic(UUID learner, String roadmap) {
        var now = clock.instant();
        var questions = new HashMap<String, Content.Question>();
        var recall = new HashMap<String, List<Double>>();
        var coverage = new HashMap<String, List<Double>>();
        for (var card : cards.of(learner, roadmap)) {
            question(roadmap, card.question(), questions).ifPresent(question -> recall
                    .computeIfAbsent(question.topic(), topic -> new ArrayList<>())
                    .add(fsrs.retrievability(card.memory(), now)));
        }
        for (var answer : answers.all(learner)) {
            if (!answer.roadmap().equals(roadmap) || !"RATED".equals(answer.status())) {
                continue;
            }
            question(roadmap, answer.question(), questions).filter(question -> !question.keyPoints().isEmpty())
                    .ifPresent(question -> coverage.computeIfAbsent(question.topic(), topic -> new ArrayList<>())
                            .add((double) answer.confirmedPoints().size() / question.keyPoints().size()));
        }
        var topics = new java.util.TreeSet<String>();
        topics.addAll(recall.keySet());
        topics.addAll(coverage.keySet());
        return topics.stream().map(topic -> {
            var recalled = recall.getOrDefault(topic, List.of());
            var covered = coverage.getOrDefault(topic, List.of());
            return new TopicRecall(topic, recalled.size(), recalled.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    covered.size(), covered.isEmpty() ? null : covered.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        }).toList();
    }

    /**
     * The key points an answer to the question seems to cover, by index, as written answers get them
     * suggested; nothing for a question the roadmap does not have.
     */
    public List<Integer> suggestedTicks(String roadmap, String question, String answer) {
        return curriculum.question(roadmap, question).map(found -> KeyPointMatcher.covered(answer, points(found)))
                .orElse(List.of());
    }

    /**
     * The rating (1 Again to 4 Easy) that covering these key points of the question deserves: nothing
     * covered, or an essential point missed, is Again; under half is Hard; half or more is Good;
     * everything is Easy.
     */
    public int ratingFor(String roadmap, String question, List<Integer> covered) {
        return curriculum.question(roadmap, question)
                .map(found -> KeyPointMatcher.suggestedRating(points(found), covered).grade())
                .orElse(1);
    }

    private java.util.Optional<Content.Question> question(String roadmap, String slug, Map<String, Content.Question> seen) {
        if (!seen.containsKey(slug)) {
            curriculum.question(roadmap, slug).ifPresent(found -> seen.put(slug, found));
        }
        return java.util.Optional.ofNullable(seen.get(slug));
    }

    private static List<KeyPointMatcher.Point> points(Content.Question question) {
        return question.keyPoints().stream().map(point -> new KeyPointMatcher.Point(point.essential(), point.terms())).toList();
    }
}
