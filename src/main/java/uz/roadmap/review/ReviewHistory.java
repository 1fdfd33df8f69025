package uz.roadmap.review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.review.answers.AnswerBook;
import uz.roadmap.review.scheduling.Fsrs;
import uz.roadmap.review.scheduling.FsrsParameters;
import uz.roadmap.review.scheduling.Memory;
import uz.roadmap.review.scheduling.Rating;

/**
 * What this module has published, told again from its own records: the events a learner's reviews
 * and rated answers gave, in the order they happened. Read models that listen to those events are
 * rebuilt from it.
 */
@Service
public class ReviewHistory {

    private final Cards cards;
    private final AnswerBook answers;
    private final Curriculum curriculum;
    private final JdbcClient database;
    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults());

    ReviewHistory(Cards cards, AnswerBook answers, Curriculum curriculum, JdbcClient database) {
        this.cards = cards;
        this.answers = answers;
        this.curriculum = curriculum;
        this.database = database;
    }

    /** Every learner who has a card or an answer. */
    public List<UUID> learners() {
        return database.sql("""
                SELECT learner_id FROM review.card UNION SELECT learner_id FROM review.answer""")
                .query(UUID.class).list();
    }

    /**
     * The {@link CardReviewed} event of each of the learner's reviews that stands (undone ones
     * aside), card by card in the order reviewed, with the state each review gave the card.
     */
    @Transactional(readOnly = true)
    public List<CardReviewed> reviews(UUID learner) {
        var events = new ArrayList<CardReviewed>();
        for (var card : cards.of(learner)) {
            var memory = Memory.newCard(card.createdAt());
            for (var entry : cards.history(card.id())) {
                memory = fsrs.review(memory, Rating.ofGrade(entry.rating()), entry.reviewedAt());
                if (entry.due() != null && entry.scheduledDays() != null) {
                    memory = memory.rescheduled(entry.due(), entry.scheduledDays());
                }
                events.add(new CardReviewed(card.id(), learner, card.roadmap(), card.question(), entry.rating(),
                        entry.reviewedAt(), memory.stability(), memory.difficulty(), memory.due()));
            }
        }
        return events;
    }

    /** The {@link AnswerSubmitted} event of each of the learner's rated answers, oldest first. */
    @Transactional(readOnly = true)
    public List<AnswerSubmitted> answers(UUID learner) {
        return answers.all(learner).stream()
                .filter(answer -> answer.status().equals("RATED") && answer.rating() != null)
                .map(answer -> new AnswerSubmitted(answer.id(), learner, answer.roadmap(), answer.question(),
                        answer.confirmedPoints(),
                        curriculum.question(answer.roadmap(), answer.question()).map(found -> found.keyPoints().size()).orElse(0),
                        answer.rating(), answer.updatedAt()))
                .toList();
    }
}
