package uz.roadmap.benchmarks.scheduler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import uz.roadmap.review.scheduling.Fsrs;
import uz.roadmap.review.scheduling.FsrsParameters;

/**
 * The scheduler benchmark: {@link FsrsBenchmark} in JMH, then the same {@link ReviewSequence}
 * through ts-fsrs on node with the same warm-up and measurement time, and both throughputs side by
 * side. Fails if ts-fsrs did not end with the same cards, since then the work was not the same.
 * <p>
 * Argument: the folder of {@code throughput.mjs} (with ts-fsrs installed). The system properties
 * {@code warmupIterations}, {@code iterations} and {@code secondsPerIteration} shorten the run (a
 * smoke run, {@code -Dsmoke=true}, uses 1, 1 and 1 and judges no goal), for both sides alike.
 */
public final class SchedulerComparison {

    private static final int WARMUP_ITERATIONS = Integer.getInteger("warmupIterations", 3);
    private static final int ITERATIONS = Integer.getInteger("iterations", 5);
    private static final int SECONDS_PER_ITERATION = Integer.getInteger("secondsPerIteration", 2);

    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        var expected = new ReviewSequence().replay(new Fsrs(FsrsParameters.defaults()));
        var java = jmh();
        var node = tsFsrs(Path.of(args[0]));
        if (!sameCards(expected, node.outcome())) {
            throw new IllegalStateException("ts-fsrs ended with other cards than Java: " + node.outcome() + " vs " + expected);
        }
        var javaRate = java.getPrimaryResult().getScore();
        System.out.printf(Locale.ROOT, """

                Scheduler: %,d reviews (%,d cards x %d), default parameters, fuzz off
                  same cards at the end: yes (stability sum %.6f, due minutes sum %d)
                  Java Fsrs.review   %,12.0f reviews/s  (± %,.0f, JMH %d x %d s)
                  ts-fsrs on node    %,12.0f reviews/s  (%d x %d s, %s)
                  Java / ts-fsrs     %12.1f x          (%s)
                """,
                ReviewSequence.REVIEWS, ReviewSequence.CARDS, ReviewSequence.REVIEWS_PER_CARD,
                expected.stabilitySum(), expected.dueMinutesSum(),
                javaRate, java.getPrimaryResult().getScoreError(), ITERATIONS, SECONDS_PER_ITERATION,
                node.reviewsPerSecond(), ITERATIONS, SECONDS_PER_ITERATION, node.version(),
                javaRate / node.reviewsPerSecond(),
                Boolean.getBoolean("smoke") ? "goal of at least 10 x not judged in a smoke run" : "goal: at least 10 x");
    }

    private static RunResult jmh() throws RunnerException {
        return new Runner(new OptionsBuilder()
                .include(FsrsBenchmark.class.getName())
                .forks(1)
                .warmupIterations(WARMUP_ITERATIONS)
                .warmupTime(TimeValue.seconds(SECONDS_PER_ITERATION))
                .measurementIterations(ITERATIONS)
                .measurementTime(TimeValue.seconds(SECONDS_PER_ITERATION))
                .build()).runSingle();
    }

    private record NodeResult(double reviewsPerSecond, ReviewSequence.Outcome outcome, String version) {
    }

    /** Runs throughput.mjs, which prints one line of JSON: its rate and the sums of its final cards. */
    private static NodeResult tsFsrs(Path folder) throws IOException, InterruptedException {
        var process = new ProcessBuilder("node", "throughput.mjs", Integer.toString(WARMUP_ITERATIONS),
                Integer.toString(ITERATIONS), Integer.toString(SECONDS_PER_ITERATION))
                .directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        var json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("throughput.mjs failed: " + json);
        }
        return new NodeResult(Double.parseDouble(field(json, "reviewsPerSecond")),
                new ReviewSequence.Outcome(Double.parseDouble(field(json, "stabilitySum")),
                        Long.parseLong(field(json, "dueMinutesSum"))),
                "ts-fsrs " + field(json, "tsFsrs") + ", node " + field(json, "node"));
    }

    private static String field(String json, String name) {
        var match = Pattern.compile("\"" + name + "\":\"?([^,\"}]+)").matcher(json);
        if (!match.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return match.group(1);
    }

    /** Due instants exactly; stabilities within the tolerance the scheduler's vector tests allow (1e-6 relative). */
    private static boolean sameCards(ReviewSequence.Outcome java, ReviewSequence.Outcome node) {
        return java.dueMinutesSum() == node.dueMinutesSum()
                && Math.abs(java.stabilitySum() - node.stabilitySum()) <= 1e-6 * Math.abs(java.stabilitySum());
    }
}
