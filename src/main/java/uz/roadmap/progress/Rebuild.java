package uz.roadmap.progress;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read model from the records of the modules that own the facts: every learner's facts
 * are deleted and told again by each feed, learner by learner, each in one transaction. The
 * learners' own settings stay.
 */
@Service
class Rebuild {

    private final EvidenceLog log;
    private final List<EvidenceFeed> feeds;
    private final TransactionTemplate transactions;

    Rebuild(EvidenceLog log, List<EvidenceFeed> feeds, TransactionTemplate transactions) {
        this.log = log;
        this.feeds = feeds;
        this.transactions = transactions;
    }

    /** Rebuilds everything; returns how many learners it rebuilt. */
    int all(Consumer<String> progress) {
        transactions.executeWithoutResult(status -> log.clearAllFacts());
        var learners = new LinkedHashSet<UUID>();
        feeds.forEach(feed -> learners.addAll(feed.learners()));
        progress.accept("rebuilding the progress of " + learners.size() + " learner(s)");
        var done = 0;
        for (var learner : learners) {
            learner(learner);
            if (++done % 100 == 0) {
                progress.accept(done + " of " + learners.size());
            }
        }
        return learners.size();
    }

    /** Rebuilds one learner's facts. */
    void learner(UUID learner) {
        transactions.executeWithoutResult(status -> {
            log.clearFacts(learner);
            feeds.forEach(feed -> feed.replay(learner));
        });
    }
}
