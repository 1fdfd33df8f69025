package uz.roadmap.progress;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uz.roadmap.lab.LabAttempted;
import uz.roadmap.lab.LabHistory;

/**
 * Judged lab submissions, from the lab module: one outcome per submission and topic of the lab,
 * passed only when the verdict is accepted. Keyed by the submission, so a redelivery changes nothing.
 */
@Component
class LabFeed implements EvidenceFeed {

    private final EvidenceLog log;
    private final LabHistory history;

    LabFeed(EvidenceLog log, LabHistory history) {
        this.log = log;
        this.history = history;
    }

    @ApplicationModuleListener
    void on(LabAttempted attempted) {
        var passed = attempted.verdict().accepted();
        attempted.topics().forEach(topic -> log.record(EvidenceKind.LAB, attempted.submission(), topic, attempted.learner(),
                attempted.roadmap(), attempted.lab(), passed, passed ? 100 : 0, attempted.judgedAt()));
    }

    @Override
    public Set<EvidenceKind> kinds() {
        return Set.of(EvidenceKind.LAB);
    }

    @Override
    public List<UUID> learners() {
        return history.learners();
    }

    @Override
    public void replay(UUID learner) {
        history.attempted(learner).forEach(this::on);
    }
}
