package uz.roadmap.progress;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uz.roadmap.review.AnswerSubmitted;
import uz.roadmap.review.CardReviewed;
import uz.roadmap.review.ReviewHistory;
import uz.roadmap.review.ReviewUndone;

/** Reviews (and the undoing of one) and rated written answers, from the review module. */
@Component
class ReviewFeed implements EvidenceFeed {

    private final EvidenceLog log;
    private final ReviewHistory history;
    private final Zones zones;

    ReviewFeed(EvidenceLog log, ReviewHistory history, Zones zones) {
        this.log = log;
        this.history = history;
        this.zones = zones;
    }

    @ApplicationModuleListener
    void on(CardReviewed reviewed) {
        log.record(reviewed, zones.of(reviewed.learner()));
    }

    @ApplicationModuleListener
    void on(ReviewUndone undone) {
        log.record(undone, zones.of(undone.learner()));
    }

    @ApplicationModuleListener
    void on(AnswerSubmitted answered) {
        log.record(answered, zones.of(answered.learner()));
    }

    @Override
    public Set<EvidenceKind> kinds() {
        return Set.of(EvidenceKind.QUESTIONS);
    }

    @Override
    public List<UUID> learners() {
        return history.learners();
    }

    @Override
    public void replay(UUID learner) {
        var zone = zones.of(learner);
        history.reviews(learner).forEach(reviewed -> log.record(reviewed, zone));
        history.answers(learner).forEach(answered -> log.record(answered, zone));
    }
}
