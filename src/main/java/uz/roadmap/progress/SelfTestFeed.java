package uz.roadmap.progress;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uz.roadmap.assessment.SelfTestHistory;
import uz.roadmap.assessment.SelfTestSubmitted;

/** Scores of weekly self-tests, per topic, from the assessment module. */
@Component
class SelfTestFeed implements EvidenceFeed {

    private final EvidenceLog log;
    private final SelfTestHistory history;

    SelfTestFeed(EvidenceLog log, SelfTestHistory history) {
        this.log = log;
        this.history = history;
    }

    @ApplicationModuleListener
    void on(SelfTestSubmitted submitted) {
        log.record(submitted);
    }

    @Override
    public Set<EvidenceKind> kinds() {
        return Set.of(EvidenceKind.SELF_TEST);
    }

    @Override
    public List<UUID> learners() {
        return history.learners();
    }

    @Override
    public void replay(UUID learner) {
        history.submitted(learner).forEach(log::record);
    }
}
