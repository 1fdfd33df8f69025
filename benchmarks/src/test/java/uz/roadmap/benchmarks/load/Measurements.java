package uz.roadmap.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The response times of each endpoint in the measured part of a run, kept here so that the
 * simulation can print its figures itself when it ends (Gatling's own report is an HTML page).
 */
final class Measurements {

    /** What one endpoint did in its part of the run. */
    record Figures(int requests, int failures, double perSecond, int p50, int p99) {
    }

    private final Map<String, List<Integer>> responseTimes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    void succeeded(String endpoint, int responseTimeMillis) {
        var times = responseTimes.computeIfAbsent(endpoint, name -> new ArrayList<>());
        synchronized (times) {
            times.add(responseTimeMillis);
        }
    }

    void failed(String endpoint) {
        failures.computeIfAbsent(endpoint, name -> new AtomicInteger()).incrementAndGet();
    }

    /** The endpoint's figures, over the time it was loaded. */
    Figures of(String endpoint, Duration loaded) {
        var times = new ArrayList<>(responseTimes.getOrDefault(endpoint, List.of()));
        times.sort(null);
        var failed = failures.getOrDefault(endpoint, new AtomicInteger()).get();
        return new Figures(times.size(), failed, times.size() / (loaded.toMillis() / 1000.0), percentile(times, 50),
                percentile(times, 99));
    }

    private static int percentile(List<Integer> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
    }
}
