package uz.roadmap.benchmarks.judge;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Load on the SQL judge of a running application. {@code submitters} learners each submit a lab's
 * reference, wait for its verdict, polling every 500 ms as the lab page does, and submit again; half
 * of them a query lab, half an EXPLAIN lab. Two phases of {@code seconds} each: learners who read
 * each verdict for {@code thinkSeconds} before they submit again (the latency a learner sees), then
 * learners who submit again at once (the judge saturated: its throughput). Each phase prints
 * verdicts per second and the p50/p99 time from submit to verdict of each kind, as the server
 * recorded it (the submission's judgedAt − submittedAt; the page shows it at its next poll, at most
 * 500 ms later). Meanwhile, and for as long before the load, {@code probes} clients read a learner's
 * due queue through the review API ({@code GET /api/v1/cards/due}, 20 cards), and its p50/p99 is
 * printed without the judge, with learners submitting, and with the judge saturated.
 *
 * <pre>java -cp … JudgeLoad http://127.0.0.1:18080 20 60 4 10</pre>
 */
public final class JudgeLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern VERDICT = Pattern.compile("\"verdict\":\"([A-Z_]+)\"");
    private static final Pattern SUBMITTED = Pattern.compile("\"submittedAt\":\"([^\"]+)\"");
    private static final Pattern JUDGED = Pattern.compile("\"judgedAt\":\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern SLUG = Pattern.compile("\"slug\":\"([a-z0-9-]+)\"");
    private static final String PASSWORD = "judge-load-password-1";
    private static final Duration POLL = Duration.ofMillis(500);

    private static final String QUERY_LAB = "sql-orders-per-status";
    private static final String QUERY = "SELECT status, count(*) AS orders FROM shop.orders GROUP BY status ORDER BY orders DESC, status";
    private static final String EXPLAIN_LAB = "explain-find-customer-by-email";
    private static final String EXPLAIN = "CREATE INDEX ON shop.customers (email);\n"
            + "SELECT id, first_name, last_name, city FROM shop.customers WHERE email = 'rustam.ismoilov1234@example.com'";

    /** A verdict and how long the server took from the submission to it. */
    private record Judged(String verdict, long millis) {
    }

    private JudgeLoad() {
    }

    public static void main(String[] arguments) throws Exception {
        var base = arguments[0];
        var submitters = Integer.parseInt(arguments[1]);
        var seconds = Integer.parseInt(arguments[2]);
        var probes = Integer.parseInt(arguments[3]);
        var think = Duration.ofSeconds(Integer.parseInt(arguments[4]));
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var run = Long.toString(System.currentTimeMillis(), 36);
        var tokens = new ArrayList<String>();
        for (var n = 0; n < submitters + 1; n++) {
            tokens.add(signUp(base, "judge-" + run + "-" + n + "@example.invalid"));
        }
        var reader = tokens.removeLast();
        introduceCards(http, base, reader, 20);
        // warm the sandbox: the first lab use starts it and builds the datasets
        accepted(verdict(http, base, tokens.getFirst(), QUERY_LAB, QUERY, Duration.ofMinutes(10)).verdict());
        accepted(verdict(http, base, tokens.getFirst(), EXPLAIN_LAB, EXPLAIN, Duration.ofMinutes(10)).verdict());

        var idle = probe(http, base, reader, probes, seconds / 2, null);
        System.out.printf("review API (due queue) without the judge: %s%n", summary(idle, seconds / 2));
        System.out.printf("learners who read each verdict for %d s before they submit again:%n", think.toSeconds());
        load(http, base, tokens, reader, probes, seconds, think);
        System.out.println("learners who submit again at once (the judge saturated):");
        load(http, base, tokens, reader, probes, seconds, Duration.ZERO);
    }

    /** One phase: the learners submit for {@code seconds} while the probes read the review API. */
    private static void load(HttpClient http, String base, List<String> tokens, String reader, int probes, int seconds,
            Duration think) throws Exception {
        var running = new AtomicBoolean(true);
        var query = Collections.synchronizedList(new ArrayList<Long>());
        var explain = Collections.synchronizedList(new ArrayList<Long>());
        var verdicts = new ConcurrentHashMap<String, Integer>();
        var started = System.nanoTime();
        List<Long> busy;
        try (var load = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var n = 0; n < tokens.size(); n++) {
                var token = tokens.get(n);
                var explainLab = n % 2 == 1;
                // learners who think do not all submit in the same instant
                var first = think.multipliedBy(n).dividedBy(tokens.size());
                load.submit(() -> {
                    Thread.sleep(first);
                    while (running.get()) {
                        var judged = verdict(http, base, token, explainLab ? EXPLAIN_LAB : QUERY_LAB, explainLab ? EXPLAIN : QUERY,
                                Duration.ofMinutes(2));
                        if (running.get()) {
                            (explainLab ? explain : query).add(judged.millis());
                            verdicts.merge(judged.verdict(), 1, Integer::sum);
                        }
                        Thread.sleep(think);
                    }
                    return null;
                });
            }
            busy = probe(http, base, reader, probes, seconds, running);
        }
        var elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %d learners for %d s: %.1f verdicts/s %s%n", tokens.size(), seconds,
                (query.size() + explain.size()) / elapsed, verdicts);
        System.out.printf("  query labs   submit→verdict: %s%n", summary(query, elapsed));
        System.out.printf("  EXPLAIN labs submit→verdict: %s%n", summary(explain, elapsed));
        System.out.printf("  review API (due queue) meanwhile: %s%n", summary(busy, seconds));
        if (query.isEmpty() || explain.isEmpty() || !verdicts.keySet().equals(Set.of("ACCEPTED"))) {
            throw new IllegalStateException("every reference must be judged Accepted, and each kind at least once: " + verdicts);
        }
    }

    private static void accepted(String verdict) {
        if (!verdict.equals("ACCEPTED")) {
            throw new IllegalStateException("a lab's reference was judged " + verdict);
        }
    }

    /** Reads GET /api/v1/cards/due from {@code clients} clients for {@code seconds}, then stops {@code load} (if any). */
    private static List<Long> probe(HttpClient http, String base, String token, int clients, int seconds, AtomicBoolean load)
            throws Exception {
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var probes = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var n = 0; n < clients; n++) {
                probes.submit(() -> {
                    while (System.nanoTime() < end) {
                        var t0 = System.nanoTime();
                        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cards/due"))
                                .header("Authorization", "Bearer " + token).build(), BodyHandlers.discarding());
                        if (response.statusCode() == 200) {
                            latencies.add((System.nanoTime() - t0) / 1_000_000);
                        }
                        Thread.sleep(20);
                    }
                    return null;
                });
            }
        }
        if (load != null) {
            load.set(false);
        }
        return latencies;
    }

    /** Starts learning the roadmap's first {@code count} questions, so that the due queue has cards to rank. */
    private static void introduceCards(HttpClient http, String base, String token, int count) throws Exception {
        var questions = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/roadmaps/backend-8-weeks/questions"))
                .header("Authorization", "Bearer " + token).build(), BodyHandlers.ofString()).body();
        var slugs = SLUG.matcher(questions).results().map(match -> match.group(1)).distinct().limit(count).toList();
        for (var slug : slugs) {
            var card = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cards"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString("{\"roadmap\":\"backend-8-weeks\",\"question\":\"" + slug + "\"}")).build(),
                    BodyHandlers.discarding());
            if (card.statusCode() != 200) {
                throw new IllegalStateException("could not start a card: HTTP " + card.statusCode());
            }
        }
    }

    private static Judged verdict(HttpClient http, String base, String token, String lab, String sql, Duration limit)
            throws Exception {
        var body = "{\"sql\":\"" + sql.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
        var submitted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/labs/" + lab + "/submissions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
        var id = ID.matcher(submitted.body());
        if (submitted.statusCode() != 202 || !id.find()) {
            return new Judged("HTTP_" + submitted.statusCode(), 0);
        }
        var deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(POLL);
            var submission = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/labs/" + lab + "/submissions/" + id.group(1)))
                    .header("Authorization", "Bearer " + token).build(), BodyHandlers.ofString()).body();
            var verdict = VERDICT.matcher(submission);
            var at = SUBMITTED.matcher(submission);
            var judged = JUDGED.matcher(submission);
            if (verdict.find() && at.find() && judged.find()) {
                return new Judged(verdict.group(1),
                        Duration.between(Instant.parse(at.group(1)), Instant.parse(judged.group(1))).toMillis());
            }
        }
        return new Judged("STILL_PENDING", limit.toMillis());
    }

    private static String summary(List<Long> latencies, double seconds) {
        if (latencies.isEmpty()) {
            return "no samples";
        }
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return String.format("%d samples (%.1f/s), p50 %d ms, p99 %d ms, max %d ms", sorted.size(), sorted.size() / seconds,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)),
                sorted.getLast());
    }

    private static String signUp(String base, String email) throws Exception {
        try (var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
            var form = browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-up")).build(), BodyHandlers.ofString()).body();
            var csrf = CSRF.matcher(form);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the sign-up page");
            }
            var fields = Map.of("email", email, "displayName", "Judge load", "password", PASSWORD, "_csrf", csrf.group(1));
            var data = new StringBuilder();
            fields.forEach((key, value) -> data.append(data.isEmpty() ? "" : "&").append(key).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-up"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString(data.toString())).build(), BodyHandlers.discarding());
        }
        // a bearer token is asked for without the browser's session: a request that carries a
        // session cookie is a browser's, and must carry the form's CSRF token too
        try (var client = HttpClient.newHttpClient()) {
            var tokens = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                    BodyHandlers.ofString()).body();
            var token = TOKEN.matcher(tokens);
            if (!token.find()) {
                throw new IllegalStateException("no access token: " + tokens);
            }
            return token.group(1);
        }
    }
}
