package uz.roadmap.lab;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import uz.roadmap.lab.judge.LabsProperties;

/**
 * Local mode's work queue ({@code roadmap.labs.queue=local}): a bounded pool of
 * {@code roadmap.labs.workers} threads with a bounded queue, fed after each submission's transaction
 * commits and, every few seconds, with the submissions still waiting (after a restart, a full queue,
 * or a judge that failed once). A submission the judge fails on twice is closed as a judge error.
 */
@Component
@ConditionalOnProperty(name = "roadmap.labs.queue", havingValue = "local", matchIfMissing = true)
class LocalJudgingQueue implements AutoCloseable {

    private final Judging judging;
    private final Submissions submissions;
    private final Clock clock;
    private final ThreadPoolExecutor workers;
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

    LocalJudgingQueue(Judging judging, Submissions submissions, Clock clock, LabsProperties properties) {
        this.judging = judging;
        this.submissions = submissions;
        this.clock = clock;
        this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(200), Thread.ofPlatform().name("lab-judge-", 0).daemon().factory());
    }

    @TransactionalEventListener
    void on(SubmissionReceived received) {
        enqueue(received.submission());
    }

    /** Takes up what is still waiting: received over a few seconds ago and not being judged. */
    @Scheduled(fixedDelayString = "${roadmap.labs.sweep:5s}", initialDelayString = "${roadmap.labs.sweep:5s}")
    void sweep() {
        submissions.waiting(clock.instant().minus(Duration.ofSeconds(3))).forEach(this::enqueue);
    }

    private void enqueue(UUID submission) {
        if (!inFlight.add(submission)) {
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    judging.judge(submission);
                }
                catch (Exception failure) {
                    judging.failed(submission, failure, false);
                }
                finally {
                    inFlight.remove(submission);
                }
            });
        }
        catch (RejectedExecutionException full) {
            // the sweep takes it up later
            inFlight.remove(submission);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
