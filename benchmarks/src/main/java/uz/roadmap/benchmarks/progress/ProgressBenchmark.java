package uz.roadmap.benchmarks.progress;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The progress read model at a year of one learner's history, and keeping up with review load:
 * <ol>
 * <li>signs a learner up, and gives them a year of history in the read model: a card for every
 *     question, about {@code reviews} reviews spread over 365 days, a rated answer to every question;</li>
 * <li>times {@code GET /api/v1/progress/matrix} and {@code GET /api/v1/progress/activity} for that
 *     learner, one request after another, and prints p50 and p99;</li>
 * <li>lets {@code clients} clients review cards of other learners as fast as they can for
 *     {@code seconds}, then measures how long the progress listeners take to handle every event
 *     published (their backlog in the event publication registry back to zero).</li>
 * </ol>
 * Arguments: the application's base URL, the JDBC URL of its database.
 */
public final class ProgressBenchmark {

    private static final String ROADMAP = "backend-8-weeks";
    private static final String PASSWORD = "progress-benchmark-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SLUG = Pattern.compile("\"slug\"\\s*:\\s*\"([^\"]+)\"");
    private static final int REVIEWS = Integer.getInteger("reviews", 100_000);
    private static final int REQUESTS = Integer.getInteger("requests", 1_000);
    private static final int CLIENTS = Integer.getInteger("clients", 8);
    private static final int SECONDS = Integer.getInteger("seconds", 20);
    private static final boolean SMOKE = Boolean.getBoolean("smoke");

    public static void main(String[] args) throws Exception {
        var baseUrl = args[0];
        try (var database = DriverManager.getConnection(args[1], "postgres", "");
                var api = HttpClient.newHttpClient()) {
            var email = "progress-" + UUID.randomUUID() + "@example.invalid";
            var token = signUp(baseUrl, email);
            var learner = id(database, email);
            var started = System.nanoTime();
            seed(database, learner);
            System.out.printf("seeded a year of history: %,d reviews of %,d cards in %.1f s%n", count(database,
                    "SELECT count(*) FROM progress.review WHERE learner_id = '" + learner + "'"),
                    count(database, "SELECT count(*) FROM progress.card WHERE learner_id = '" + learner + "'"),
                    (System.nanoTime() - started) / 1e9);

            for (var endpoint : List.of("/api/v1/progress/matrix", "/api/v1/progress/activity")) {
                var request = HttpRequest.newBuilder(URI.create(baseUrl + endpoint)).header("Authorization", "Bearer " + token)
                        .GET().build();
                for (var i = 0; i < REQUESTS / 5; i++) {
                    ok(api.send(request, BodyHandlers.discarding()).statusCode(), endpoint);
                }
                var times = new long[REQUESTS];
                var bytes = 0L;
                for (var i = 0; i < REQUESTS; i++) {
                    var before = System.nanoTime();
                    var response = api.send(request, BodyHandlers.ofByteArray());
                    times[i] = System.nanoTime() - before;
                    ok(response.statusCode(), endpoint);
                    bytes = response.body().length;
                }
                Arrays.sort(times);
                var p99 = times[(int) Math.ceil(REQUESTS * 0.99) - 1] / 1e6;
                System.out.printf("%-28s p50 %6.1f ms   p99 %6.1f ms   (%,d requests, %,d bytes each)   goal p99 <= 50 ms: %s%n",
                        endpoint, times[REQUESTS / 2] / 1e6, p99, REQUESTS, bytes,
                        SMOKE ? "not judged (smoke run)" : p99 <= 50 ? "met" : "NOT MET");
            }

            backlog(baseUrl, database);
        }
    }

    /** Review load from other learners, then the time until the progress listeners have handled every event. */
    private static void backlog(String baseUrl, Connection database) throws Exception {
        var reviewers = new ArrayList<Reviewer>();
        for (var n = 0; n < CLIENTS; n++) {
            var token = signUp(baseUrl, "progress-load-" + UUID.randomUUID() + "@example.invalid");
            reviewers.add(new Reviewer(token, cards(baseUrl, token, 20)));
        }
        var stop = new AtomicBoolean();
        var reviews = new AtomicInteger();
        var failures = new ConcurrentHashMap<String, AtomicInteger>();
        // The pool is declared last so that it is closed first: every client has stopped before the HTTP client closes.
        try (var api = HttpClient.newHttpClient(); var pool = Executors.newFixedThreadPool(CLIENTS)) {
            for (var reviewer : reviewers) {
                pool.submit(() -> {
                    var n = 0;
                    while (!stop.get()) {
                        var card = reviewer.cards().get(n++ % reviewer.cards().size());
                        try {
                            var status = api.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/cards/" + card + "/reviews"))
                                    .header("Authorization", "Bearer " + reviewer.token())
                                    .header("Content-Type", "application/json")
                                    .POST(BodyPublishers.ofString("{\"rating\":" + (2 + n % 3) + "}")).build(),
                                    BodyHandlers.discarding()).statusCode();
                            if (status == 200) {
                                reviews.incrementAndGet();
                            }
                            else {
                                failures.computeIfAbsent("HTTP " + status, reason -> new AtomicInteger()).incrementAndGet();
                            }
                        }
                        catch (IOException | InterruptedException failed) {
                            failures.computeIfAbsent(failed.toString(), reason -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                });
            }
            Thread.sleep(SECONDS * 1000L);
            stop.set(true);
        }
        var ended = System.nanoTime();
        var left = progressBacklog(database);
        var failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("review load: %,d reviews in %d s from %d clients (%.0f/s), %d failed %s; progress events not yet handled when it stopped: %,d%n",
                reviews.get(), SECONDS, CLIENTS, reviews.get() / (double) SECONDS, failed, failures, left);
        while (left > 0) {
            if ((System.nanoTime() - ended) / 1e9 > 300) {
                throw new IllegalStateException("the progress listeners still had " + left + " events after 5 minutes");
            }
            Thread.sleep(100);
            left = progressBacklog(database);
        }
        System.out.printf("progress backlog back to zero %.1f s after the load stopped%n", (System.nanoTime() - ended) / 1e9);
        if (failed > 0) {
            throw new IllegalStateException(failed + " reviews failed: " + failures);
        }
    }

    private record Reviewer(String token, List<String> cards) {
    }

    private static long progressBacklog(Connection database) throws SQLException {
        return count(database, "SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL "
                + "AND listener_id LIKE 'uz.roadmap.progress.%'");
    }

    /**
     * A year of history in the read model, as the listeners would have written it: a card for every
     * question, reviews spread over the year (the last one of each card its state), a rated answer
     * to every question, and the activity days they add up to.
     */
    private static void seed(Connection database, UUID learner) throws SQLException {
        database.setAutoCommit(false);
        try (var statement = database.createStatement()) {
            statement.execute("""
                    CREATE TEMPORARY TABLE seed_question AS
                    SELECT q.slug, row_number() OVER (ORDER BY q.slug) AS n FROM curriculum.question q
                    JOIN curriculum.roadmap r ON r.id = q.roadmap_id WHERE r.slug = '%s' AND q.retired_at IS NULL""".formatted(ROADMAP));
            var questions = count(database, "SELECT count(*) FROM seed_question");
            var perCard = Math.max(1, REVIEWS / Math.max(1, questions));
            statement.execute("""
                    INSERT INTO progress.review (card_id, reviewed_at, learner_id, rating, due, graduated)
                    SELECT md5('%1$s' || q.slug)::uuid, now() - interval '365 days' + (k * interval '365 days' / %2$s)
                               + (q.n * interval '1 minute'),
                           '%1$s', 1 + (k * 7 + q.n) %% 4,
                           now() - interval '365 days' + ((k + 1) * interval '365 days' / %2$s) + (q.n * interval '1 minute'),
                           k > 0
                    FROM seed_question q, generate_series(0, %2$s - 1) k""".formatted(learner, perCard));
            statement.execute("""
                    INSERT INTO progress.card (card_id, learner_id, roadmap, question, stability, last_review, due)
                    SELECT md5('%1$s' || q.slug)::uuid, '%1$s', '%2$s', q.slug, 5 + q.n %% 60,
                           max(r.reviewed_at), max(r.due)
                    FROM seed_question q JOIN progress.review r ON r.card_id = md5('%1$s' || q.slug)::uuid
                    GROUP BY q.slug, q.n""".formatted(learner, ROADMAP));
            statement.execute("""
                    INSERT INTO progress.answer (answer_id, learner_id, roadmap, question, covered, key_points, rating, answered_at)
                    SELECT gen_random_uuid(), '%1$s', '%2$s', slug, n %% 6, 5, 3, now() - interval '200 days' + n * interval '1 hour'
                    FROM seed_question""".formatted(learner, ROADMAP));
            statement.execute("""
                    INSERT INTO progress.activity_day (learner_id, day, reviews, answers)
                    SELECT '%1$s', (reviewed_at AT TIME ZONE 'Asia/Tashkent')::date, count(*), 0 FROM progress.review
                    WHERE learner_id = '%1$s' GROUP BY 2""".formatted(learner));
            statement.execute("DROP TABLE seed_question");
            statement.execute("ANALYZE progress.review; ANALYZE progress.card; ANALYZE progress.answer; ANALYZE progress.activity_day");
        }
        database.commit();
        database.setAutoCommit(true);
    }

    private static long count(Connection database, String sql) throws SQLException {
        try (var statement = database.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static UUID id(Connection database, String email) throws SQLException {
        try (var statement = database.prepareStatement("SELECT id FROM account.account WHERE email = ?")) {
            statement.setString(1, email);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getObject(1, UUID.class);
            }
        }
    }

    /** Signs up on the web form (as a browser, with its session and CSRF token) and takes an API token. */
    private static String signUp(String baseUrl, String email) throws Exception {
        try (var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                var api = HttpClient.newHttpClient()) {
            var form = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/sign-up")).GET().build(), BodyHandlers.ofString());
            var csrf = CSRF.matcher(form.body());
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the sign-up page");
            }
            var fields = Map.of("email", email, "displayName", "Progress benchmark", "password", PASSWORD, "_csrf", csrf.group(1));
            var signedUp = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/sign-up"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString(fields.entrySet().stream()
                            .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&")))).build(), BodyHandlers.discarding());
            ok(signedUp.statusCode() == 302 ? 200 : signedUp.statusCode(), "/sign-up");
            var tokens = api.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                    .build(), BodyHandlers.ofString());
            ok(tokens.statusCode(), "/api/v1/auth/tokens");
            return first(ACCESS_TOKEN, tokens.body());
        }
    }

    /** Starts cards for the first {@code count} questions of the roadmap. */
    private static List<String> cards(String baseUrl, String token, int count) throws Exception {
        try (var api = HttpClient.newHttpClient()) {
            var page = api.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/roadmaps/" + ROADMAP
                    + "/questions?size=" + count)).GET().build(), BodyHandlers.ofString()).body();
            var slugs = SLUG.matcher(page).results().map(found -> found.group(1)).distinct().limit(count).toList();
            var ids = new ArrayList<String>();
            for (var slug : slugs) {
                var card = api.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/cards"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString("{\"roadmap\":\"" + ROADMAP + "\",\"question\":\"" + slug + "\"}"))
                        .build(), BodyHandlers.ofString());
                ok(card.statusCode() == 201 ? 200 : card.statusCode(), "/api/v1/cards");
                ids.add(first(ID, card.body()));
            }
            return ids;
        }
    }

    private static String first(Pattern pattern, String text) {
        var found = pattern.matcher(text);
        if (!found.find()) {
            throw new IllegalStateException("not found in " + text);
        }
        return found.group(1);
    }

    private static void ok(int status, String what) {
        if (status != 200) {
            throw new IllegalStateException(what + " answered " + status);
        }
    }
}
