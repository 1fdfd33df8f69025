package uz.roadmap.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.review.Forgetting;

/**
 * A learner's competency levels, topic by topic, from the evidence the read model holds and the
 * roadmap's level rules, at the moment the clock says.
 */
@Service
public class Competencies {

    private final EvidenceLog log;
    private final Syllabus syllabus;
    private final List<EvidenceFeed> feeds;
    private final Clock clock;

    Competencies(EvidenceLog log, Syllabus syllabus, List<EvidenceFeed> feeds, Clock clock) {
        this.log = log;
        this.syllabus = syllabus;
        this.feeds = feeds;
        this.clock = clock;
    }

    /** The whole matrix; nothing when there is no such roadmap. */
    @Transactional(readOnly = true)
    public Optional<Matrix> matrix(UUID learner, String roadmap) {
        return syllabus.of(roadmap).map(shape -> {
            var facts = facts(learner, roadmap, clock.instant());
            return new Matrix(roadmap, shape.topics().stream().map(topic -> Levels.of(shape.rules(), topic, facts)).toList(),
                    List.copyOf(available()));
        });
    }

    /** One topic with its evidence; nothing when there is no such roadmap or topic. */
    @Transactional(readOnly = true)
    public Optional<TopicProgress> topic(UUID learner, String roadmap, String topic) {
        return syllabus.of(roadmap).flatMap(shape -> shape.topic(topic)
                .map(found -> Levels.of(shape.rules(), found, facts(learner, roadmap, clock.instant()))));
    }

    EnumSet<EvidenceKind> available() {
        var kinds = EnumSet.noneOf(EvidenceKind.class);
        feeds.forEach(feed -> kinds.addAll(feed.kinds()));
        return kinds;
    }

    Levels.Facts facts(UUID learner, String roadmap, Instant at) {
        var recall = log.cards(learner, roadmap).stream().collect(Collectors.toMap(EvidenceLog.Card::question,
                card -> Forgetting.retrievability(card.stability(), card.lastReview(), at), Math::max));
        return new Levels.Facts(log.bestAnswers(learner, roadmap), recall, log.latestSelfTests(learner, roadmap),
                log.outcomes(learner, roadmap), available());
    }
}
