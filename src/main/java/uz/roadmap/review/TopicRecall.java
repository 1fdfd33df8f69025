package uz.roadmap.review;

import org.jspecify.annotations.Nullable;

/**
 * How well a learner knows one topic by what the review module has seen of it.
 *
 * @param cards how many of the topic's questions the learner has a card for
 * @param recall the mean probability of recalling those questions now, 0 to 1
 * @param answers how many written answers to the topic's questions the learner rated
 * @param coverage the mean share of key points those answers covered, 0 to 1; null without answers
 */
public record TopicRecall(String topic, int cards, double recall, int answers, @Nullable Double coverage) {
}
