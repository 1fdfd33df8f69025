package uz.roadmap.lab;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.lab.judge.Judge;
import uz.roadmap.lab.judge.LabsProperties;

/**
 * The worker that judges stored submissions: a bounded pool of {@code roadmap.labs.workers} threads
 * with a bounded queue, fed after each submission's transaction commits and, every few seconds, with
 * the submissions still waiting (after a restart, a full queue, or a judge that failed once). Judging
 * is idempotent by submission id: a submission already judged, or being judged, is left alone.
 * Metrics: {@code lab.queue.depth}, {@code lab.verdict.latency}, {@code lab.verdicts} by verdict.
 */
@Component
class Judging implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Judging.class);

    private final Submissions submissions;
    private final Curriculum curriculum;
    private final Judge judge;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ThreadPoolExecutor workers;
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

    Judging(Submissions submissions, Curriculum curriculum, Judge judge, Clock clock, LabsProperties properties,
            MeterRegistry meters) {
        this.submissions = submissions;
        this.curriculum = curriculum;
        this.judge = judge;
        this.clock = clock;
        this.meters = meters;
        this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(200), Thread.ofPlatform().name("lab-judge-", 0).daemon().factory());
        meters.gauge("lab.queue.depth", submissions, Submissions::pendingCount);
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
                    judge(submission);
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

    /** Judges one submission, unless it was judged before. */
    void judge(UUID id) {
        var found = submissions.findById(id).filter(Submission::pending);
        if (found.isEmpty()) {
            return;
        }
        var submission = found.get();
        var task = curriculum.lab(submission.roadmap(), submission.lab());
        var topics = task.map(Task::topics).orElse(List.of());
        var started = System.nanoTime();
        try {
            if (task.isEmpty() || task.get().lab() == null) {
                throw new IllegalStateException("the lab " + submission.lab() + " is gone");
            }
            var judgement = judge.judge(submission.roadmap(), task.get().lab(), submission.sql());
            if (submission.judged(judgement, topics, clock.instant())) {
                submissions.save(submission);
                meters.counter("lab.verdicts", "verdict", judgement.verdict().name()).increment();
            }
        }
        catch (OptimisticLockingFailureException judgedElsewhere) {
            log.debug("Submission {} was judged elsewhere", id);
        }
        catch (Exception failure) {
            log.warn("The judge failed on submission {}", id, failure);
            var error = Judgement.of(Verdict.JUDGE_ERROR, judge.text("lab.judge-error"));
            var fresh = submissions.findById(id).orElse(submission);
            if (fresh.failed(error, topics, clock.instant()) || fresh.pending()) {
                try {
                    submissions.save(fresh);
                }
                catch (OptimisticLockingFailureException judgedElsewhere) {
                    log.debug("Submission {} was judged elsewhere", id);
                }
            }
        }
        finally {
            Timer.builder("lab.verdict.latency").register(meters).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
