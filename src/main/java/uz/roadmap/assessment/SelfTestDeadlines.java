package uz.roadmap.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits the attempts whose time ran out, as they stand, whether or not their learner comes back:
 * the server keeps the time, not the browser. Replicas may do this at once: each attempt is locked
 * while it is closed, and one that is closed already is left as it is.
 */
@Component
class SelfTestDeadlines {

    private static final Logger log = LoggerFactory.getLogger(SelfTestDeadlines.class);

    private final SelfTests selfTests;

    SelfTestDeadlines(SelfTests selfTests) {
        this.selfTests = selfTests;
    }

    @Scheduled(fixedDelayString = "${roadmap.assessment.deadline-check:15s}",
            initialDelayString = "${roadmap.assessment.deadline-check:15s}")
    void submitOverdueAttempts() {
        var overdue = selfTests.overdue();
        overdue.forEach(selfTests::expire);
        if (!overdue.isEmpty()) {
            log.info("Submitted {} self-test attempts whose time ran out", overdue.size());
        }
    }
}
