package uz.roadmap.review;

import java.time.Instant;

/**
 * How well a learner knows one question: since when they have its card, and the probability of
 * recalling it now (0 for a card never reviewed).
 */
public record QuestionMemory(String question, Instant since, double retrievability) {
}
