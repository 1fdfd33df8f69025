package uz.roadmap.lab;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.lab.judge.Judge;

/**
 * Judging one stored submission, whoever hands it over (the in-process worker of local mode, or the
 * RabbitMQ consumer of full mode): idempotent by submission id, so a submission judged before, or a
 * second delivery of the same work, changes nothing. Metrics: {@code lab.queue.depth} (submissions
 * waiting), {@code lab.verdict.latency}, {@code lab.verdicts} by verdict.
 */
@Component
class Judging {

    private static final Logger log = LoggerFactory.getLogger(Judging.class);

    private final Submissions submissions;
    private final Curriculum curriculum;
    private final Judge judge;
    private final Clock clock;
    private final MeterRegistry meters;

    Judging(Submissions submissions, Curriculum curriculum, Judge judge, Clock clock, MeterRegistry meters) {
        this.submissions = submissions;
        this.curriculum = curriculum;
        this.judge = judge;
        this.clock = clock;
        this.meters = meters;
        meters.gauge("lab.queue.depth", submissions, Submissions::pendingCount);
    }

    /**
     * Judges the submission and stores its verdict, unless it was judged before.
     *
     * @throws Exception when the judge itself failed: the submission stays pending, for another try
     */
    void judge(UUID id) throws Exception {
        var found = submissions.findById(id).filter(Submission::pending);
        if (found.isEmpty()) {
            return;
        }
        var submission = found.get();
        var task = curriculum.lab(submission.roadmap(), submission.lab());
        if (task.isEmpty() || task.get().lab() == null) {
            throw new IllegalStateException("the lab " + submission.lab() + " is gone");
        }
        var started = System.nanoTime();
        var judgement = judge.judge(submission.roadmap(), task.get().lab(), submission.sql());
        if (submission.judged(judgement, task.get().topics(), clock.instant())) {
            try {
                submissions.save(submission);
                meters.counter("lab.verdicts", "verdict", judgement.verdict().name()).increment();
            }
            catch (OptimisticLockingFailureException judgedElsewhere) {
                log.debug("Submission {} was judged elsewhere", id);
            }
        }
        Timer.builder("lab.verdict.latency").register(meters).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    /**
     * The judge failed on the submission: counts the try and, on the last one ({@code last}, or the
     * submission's own count of tries), closes it as a judge error, which the learner sees.
     */
    void failed(UUID id, Exception failure, boolean last) {
        log.warn("The judge failed on submission {}", id, failure);
        var found = submissions.findById(id).filter(Submission::pending);
        if (found.isEmpty()) {
            return;
        }
        var submission = found.get();
        var topics = curriculum.lab(submission.roadmap(), submission.lab()).map(Task::topics).orElse(List.of());
        var error = Judgement.of(Verdict.JUDGE_ERROR, judge.text("lab.judge-error"));
        var closed = last ? submission.judged(error, topics, clock.instant()) : submission.failed(error, topics, clock.instant());
        try {
            submissions.save(submission);
            if (closed) {
                meters.counter("lab.verdicts", "verdict", Verdict.JUDGE_ERROR.name()).increment();
            }
        }
        catch (OptimisticLockingFailureException judgedElsewhere) {
            log.debug("Submission {} was judged elsewhere", id);
        }
    }
}
