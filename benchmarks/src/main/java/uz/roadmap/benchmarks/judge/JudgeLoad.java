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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Load on the SQL judge of a running application: {@code submitters} learners each submit a lab's
 * reference, wait for its verdict (polling every 50 ms), and submit again, for {@code seconds}; half
 * of them a query lab, half an EXPLAIN lab. Prints verdicts per second and the p50/p99 time from
 * submit to verdict of each kind. Meanwhile, and for as long before the load, {@code probes} clients
 * read {@code GET /api/v1/today} (the daily-plan API: PostgreSQL-backed, as the review API is) and
 * its p50/p99 is printed without and with the judge saturated.
 *
 * <pre>java -cp … JudgeLoad http://127.0.0.1:18080 20 60 4</pre>
 */
public final class JudgeLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern VERDICT = Pattern.compile("\"verdict\":\"([A-Z_]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final String PASSWORD = "judge-load-password-1";

    private static final String QUERY_LAB = "sql-orders-per-status";
    private static final String QUERY = "SELECT status, count(*) AS orders FROM shop.orders GROUP BY status ORDER BY orders DESC, status";
    private static final String EXPLAIN_LAB = "explain-find-customer-by-email";
    private static final String EXPLAIN = "CREATE INDEX ON shop.customers (email);\n"
            + "SELECT id, first_name, last_name, city FROM shop.customers WHERE email = 'rustam.ismoilov1234@example.com'";

    private JudgeLoad() {
    }

    public static void main(String[] arguments) throws Exception {
        var base = arguments[0];
        var submitters = Integer.parseInt(arguments[1]);
        var seconds = Integer.parseInt(arguments[2]);
        var probes = Integer.parseInt(arguments[3]);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var run = Long.toString(System.currentTimeMillis(), 36);
        var tokens = new ArrayList<String>();
        for (var n = 0; n < submitters + 1; n++) {
            tokens.add(signUp(base, "judge-" + run + "-" + n + "@example.invalid"));
        }
        // warm the sandbox: the first lab use starts it and builds the datasets
        verdict(http, base, tokens.getFirst(), QUERY_LAB, QUERY, Duration.ofMinutes(10));
        verdict(http, base, tokens.getFirst(), EXPLAIN_LAB, EXPLAIN, Duration.ofMinutes(10));

        var idle = probe(http, base, tokens.getLast(), probes, seconds / 2, null);
        System.out.printf("today API without the judge: %s%n", summary(idle, seconds / 2));

        var running = new AtomicBoolean(true);
        var query = Collections.synchronizedList(new ArrayList<Long>());
        var explain = Collections.synchronizedList(new ArrayList<Long>());
        var verdicts = new ConcurrentHashMap<String, Integer>();
        var started = System.nanoTime();
        try (var load = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var n = 0; n < submitters; n++) {
                var token = tokens.get(n);
                var explainLab = n % 2 == 1;
                load.submit(() -> {
                    while (running.get()) {
                        var t0 = System.nanoTime();
                        var verdict = verdict(http, base, token, explainLab ? EXPLAIN_LAB : QUERY_LAB, explainLab ? EXPLAIN : QUERY,
                                Duration.ofMinutes(2));
                        var millis = (System.nanoTime() - t0) / 1_000_000;
                        if (running.get()) {
                            (explainLab ? explain : query).add(millis);
                            verdicts.merge(verdict, 1, Integer::sum);
                        }
                    }
                    return null;
                });
            }
            var busy = probe(http, base, tokens.getLast(), probes, seconds, running);
            var elapsed = (System.nanoTime() - started) / 1e9;
            System.out.printf("judge: %d submitters for %d s: %.1f verdicts/s %s%n", submitters, seconds,
                    (query.size() + explain.size()) / elapsed, verdicts);
            System.out.printf("  query labs   submit→verdict: %s%n", summary(query, elapsed));
            System.out.printf("  EXPLAIN labs submit→verdict: %s%n", summary(explain, elapsed));
            System.out.printf("today API with the judge saturated: %s%n", summary(busy, seconds));
        }
    }

    /** Reads GET /api/v1/today from {@code clients} clients for {@code seconds}, then stops {@code load} (if any). */
    private static List<Long> probe(HttpClient http, String base, String token, int clients, int seconds, AtomicBoolean load)
            throws Exception {
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var probes = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var n = 0; n < clients; n++) {
                probes.submit(() -> {
                    while (System.nanoTime() < end) {
                        var t0 = System.nanoTime();
                        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/today"))
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

    private static String verdict(HttpClient http, String base, String token, String lab, String sql, Duration limit) throws Exception {
        var body = "{\"sql\":\"" + sql.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
        var submitted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/labs/" + lab + "/submissions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
        var id = ID.matcher(submitted.body());
        if (submitted.statusCode() != 202 || !id.find()) {
            return "HTTP_" + submitted.statusCode();
        }
        var deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            var submission = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/labs/" + lab + "/submissions/" + id.group(1)))
                    .header("Authorization", "Bearer " + token).build(), BodyHandlers.ofString()).body();
            var verdict = VERDICT.matcher(submission);
            if (verdict.find()) {
                return verdict.group(1);
            }
            Thread.sleep(50);
        }
        return "STILL_PENDING";
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
            var tokens = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
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
