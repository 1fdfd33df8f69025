package uz.roadmap.benchmarks.scheduler;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import uz.roadmap.review.scheduling.Fsrs;
import uz.roadmap.review.scheduling.FsrsParameters;

/**
 * Reviews per second of {@code Fsrs.review}, default parameters, fuzz off: one invocation replays
 * the whole {@link ReviewSequence}. The outcome is returned, so JMH keeps the work from being
 * optimised away.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ReviewSequence.REVIEWS)
public class FsrsBenchmark {

    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults());
    private final ReviewSequence sequence = new ReviewSequence();

    @Benchmark
    public ReviewSequence.Outcome review() {
        return sequence.replay(fsrs);
    }
}
