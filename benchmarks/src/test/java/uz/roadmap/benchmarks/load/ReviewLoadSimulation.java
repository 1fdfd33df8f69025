package uz.roadmap.benchmarks.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Load on the review API of a running application: submitting a review and reading the due queue,
 * each measured on its own, one after the other, next to the server-info endpoint (public, no
 * database) as the yardstick of what the server does at all.
 * <p>
 * Two phases, chosen with {@code -Dphase}:
 * <ul>
 * <li>{@code max}: a warm-up, then each endpoint at a fixed number of concurrent clients
 * ({@code -Dconcurrency}, each sending its next request as soon as the answer arrives) for
 * {@code -Dseconds}: the throughput it reaches is its maximum load, written to {@code -DmaxLoad};</li>
 * <li>{@code half}: review submit and due queue at half of their maximum load as read from
 * {@code -DmaxLoad}, requests arriving at a steady rate, to see their latency there; each runs
 * unmeasured at its rate for half the warm-up time first, since the phase is a new Gatling process.</li>
 * </ul>
 * Before any load, ten learners ({@code -Dlearners}) sign up and start 100 questions each
 * ({@code -DcardsPerLearner}); reviews go round their cards in a shuffled order, so that concurrent
 * reviews are of different cards. When the run ends, the figures are printed and written to
 * {@code -Dfigures}. With {@code -Dsmoke=true} (a run of a few seconds that only shows the benchmark
 * still works) no goal is judged, and any failed request fails the run.
 */
public class ReviewLoadSimulation extends Simulation {

    private static final String SERVER_INFO = "server info";
    private static final String SUBMIT_REVIEW = "submit review";
    private static final String DUE_QUEUE = "due queue";
    private static final List<String> ENDPOINTS = List.of(SERVER_INFO, SUBMIT_REVIEW, DUE_QUEUE);

    private static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:18080");
    private static final boolean HALF = "half".equals(System.getProperty("phase"));
    private static final int CONCURRENCY = Integer.getInteger("concurrency", 16);
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("seconds", 30));
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("warmUpSeconds", 20));
    private static final Duration HALF_WARM_UP = WARM_UP.dividedBy(2);
    private static final Path MAX_LOAD = Path.of(System.getProperty("maxLoad", "target/max-load.properties"));
    private static final Path FIGURES = Path.of(System.getProperty("figures", "target/load-figures.txt"));
    private static final int LEARNERS = Integer.getInteger("learners", 10);
    private static final int CARDS_PER_LEARNER = Integer.getInteger("cardsPerLearner", 100);
    private static final boolean SMOKE = Boolean.getBoolean("smoke");

    private final FeederBuilder<Object> reviews = listFeeder(signUpLearners()).circular();
    private final Measurements measurements = new Measurements();
    private final Properties maxLoad = new Properties();

    public ReviewLoadSimulation() {
        setUp(HALF ? halfOfMaximum() : maximum())
                .protocols(http.baseUrl(BASE_URL).acceptHeader("application/json").shareConnections())
                // a smoke run judges no goal, but a request that fails means the benchmark no longer works
                .assertions(SMOKE ? List.of(global().failedRequests().count().is(0L)) : List.of());
    }

    private PopulationBuilder maximum() {
        var warmUp = scenario("warm-up").feed(reviews)
                .exec(serverInfo("warm-up: " + SERVER_INFO), submitReview("warm-up: " + SUBMIT_REVIEW),
                        dueQueue("warm-up: " + DUE_QUEUE))
                .injectClosed(constantConcurrentUsers(CONCURRENCY).during(WARM_UP));
        return warmUp.andThen(measured(SERVER_INFO).injectClosed(constantConcurrentUsers(CONCURRENCY).during(DURATION))
                .andThen(measured(SUBMIT_REVIEW).injectClosed(constantConcurrentUsers(CONCURRENCY).during(DURATION))
                        .andThen(measured(DUE_QUEUE).injectClosed(constantConcurrentUsers(CONCURRENCY).during(DURATION)))));
    }

    private PopulationBuilder halfOfMaximum() {
        try (var file = Files.newBufferedReader(MAX_LOAD)) {
            maxLoad.load(file);
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        // this phase is a new Gatling process: each endpoint first runs unmeasured at its rate for a while
        return warmUp(SUBMIT_REVIEW).injectOpen(constantUsersPerSec(half(SUBMIT_REVIEW)).during(HALF_WARM_UP))
                .andThen(measured(SUBMIT_REVIEW).injectOpen(constantUsersPerSec(half(SUBMIT_REVIEW)).during(DURATION))
                        .andThen(warmUp(DUE_QUEUE).injectOpen(constantUsersPerSec(half(DUE_QUEUE)).during(HALF_WARM_UP))
                                .andThen(measured(DUE_QUEUE)
                                        .injectOpen(constantUsersPerSec(half(DUE_QUEUE)).during(DURATION)))));
    }

    private double half(String endpoint) {
        return Double.parseDouble(maxLoad.getProperty(endpoint)) / 2;
    }

    /** One request to the endpoint per virtual user, not measured. */
    private ScenarioBuilder warmUp(String endpoint) {
        return scenario("warm-up: " + endpoint).feed(reviews).exec(request(endpoint, "warm-up: " + endpoint));
    }

    /** One request to the endpoint per virtual user, its response time kept in {@link #measurements}. */
    private ScenarioBuilder measured(String endpoint) {
        return scenario(endpoint).feed(reviews)
                .exec(request(endpoint, endpoint).check(responseTimeInMillis().saveAs("responseTime")))
                .exec(session -> {
                    if (session.isFailed()) {
                        measurements.failed(endpoint);
                    }
                    else {
                        measurements.succeeded(endpoint, session.getInt("responseTime"));
                    }
                    return session;
                });
    }

    private static HttpRequestActionBuilder request(String endpoint, String name) {
        return switch (endpoint) {
            case SERVER_INFO -> serverInfo(name);
            case SUBMIT_REVIEW -> submitReview(name);
            default -> dueQueue(name);
        };
    }

    private static HttpRequestActionBuilder serverInfo(String name) {
        return http(name).get("/api/v1/server-info").check(status().is(200));
    }

    private static HttpRequestActionBuilder submitReview(String name) {
        return http(name).post("/api/v1/cards/#{card}/reviews")
                .header("Authorization", "Bearer #{token}")
                .body(StringBody("{\"rating\": #{rating}}")).asJson()
                .check(status().is(200));
    }

    private static HttpRequestActionBuilder dueQueue(String name) {
        return http(name).get("/api/v1/cards/due?limit=50")
                .header("Authorization", "Bearer #{token}")
                .check(status().is(200));
    }

    @Override
    public void after() {
        var figures = ENDPOINTS.stream().collect(Collectors.toMap(endpoint -> endpoint,
                endpoint -> measurements.of(endpoint, DURATION)));
        var text = new StringBuilder();
        if (HALF) {
            text.append(String.format(Locale.ROOT,
                    "%nLoad at half of the maximum: requests arriving at a steady rate, %d s per endpoint after %d s at that rate%n",
                    DURATION.toSeconds(), HALF_WARM_UP.toSeconds()));
            text.append(String.format(Locale.ROOT, "  %-14s %10s %9s %7s %7s %7s%n", "endpoint", "rate req/s", "requests", "failed",
                    "p50 ms", "p99 ms"));
            for (var endpoint : List.of(SUBMIT_REVIEW, DUE_QUEUE)) {
                var f = figures.get(endpoint);
                text.append(String.format(Locale.ROOT, "  %-14s %10.0f %9d %7d %7d %7d%n", endpoint, half(endpoint), f.requests(),
                        f.failures(), f.p50(), f.p99()));
            }
            text.append(String.format(Locale.ROOT, "  goal: p99 of submit review at most 25 ms at half of its maximum load: %s%n",
                    SMOKE ? "not judged (smoke run)" : figures.get(SUBMIT_REVIEW).p99() <= 25 ? "met" : "not met"));
        }
        else {
            text.append(String.format(Locale.ROOT, "%nMaximum load: %d concurrent clients, %d s per endpoint after a %d s warm-up%n",
                    CONCURRENCY, DURATION.toSeconds(), WARM_UP.toSeconds()));
            text.append(String.format(Locale.ROOT, "  %-14s %9s %7s %9s %7s %7s %15s%n", "endpoint", "requests", "failed", "req/s",
                    "p50 ms", "p99 ms", "of server info"));
            var yardstick = figures.get(SERVER_INFO).perSecond();
            for (var endpoint : ENDPOINTS) {
                var f = figures.get(endpoint);
                text.append(String.format(Locale.ROOT, "  %-14s %9d %7d %9.0f %7d %7d %14.0f%%%n", endpoint, f.requests(),
                        f.failures(), f.perSecond(), f.p50(), f.p99(), 100 * f.perSecond() / yardstick));
                maxLoad.setProperty(endpoint, Double.toString(f.perSecond()));
            }
            text.append(String.format(Locale.ROOT, "  goal: submit review at least 40 %% of server info's throughput: %s%n",
                    SMOKE ? "not judged (smoke run)"
                            : figures.get(SUBMIT_REVIEW).perSecond() >= 0.4 * yardstick ? "met" : "not met"));
        }
        System.out.print(text);
        try {
            Files.writeString(FIGURES, text);
            if (!HALF) {
                try (var file = Files.newBufferedWriter(MAX_LOAD)) {
                    maxLoad.store(file, "throughput at " + CONCURRENCY + " concurrent clients, requests per second");
                }
            }
        }
        catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    /** One record per card: its learner's token, the card, and a rating as learners give them (mostly Good). */
    private static List<Map<String, Object>> signUpLearners() {
        var run = System.currentTimeMillis();
        var random = new Random(run);
        var reviews = new ArrayList<Map<String, Object>>();
        IntStream.range(0, LEARNERS).parallel()
                .mapToObj(n -> Learner.signUp(BASE_URL, "load-" + run + "-" + n + "@example.invalid", CARDS_PER_LEARNER))
                .toList()
                .forEach(learner -> learner.cards().forEach(card -> reviews.add(
                        Map.of("token", learner.token(), "card", card, "rating", rating(random)))));
        Collections.shuffle(reviews, random);
        return reviews;
    }

    private static int rating(Random random) {
        var r = random.nextDouble();
        return r < 0.15 ? 1 : r < 0.3 ? 2 : r < 0.85 ? 3 : 4;
    }
}
