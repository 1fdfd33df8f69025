package uz.roadmap.benchmarks.duequeue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The due-queue query of {@code Cards.due} over many random learners, one after another, as the
 * application sends it (a prepared statement, every column of every row read): prints its plan for
 * one learner, then how long it took, from the client's side, at the 50th and 99th percentile.
 * <p>
 * Arguments: the JDBC URL of a seeded database, and how many queries to time.
 */
public final class DueQueueLatency {

    /** As in {@code Cards.due}; {@code ReviewManagement.due} asks for at most 1,000 cards. */
    private static final String DUE_QUEUE = """
            SELECT * FROM review.card WHERE learner_id = ? AND due <= ? ORDER BY due LIMIT ?""";
    private static final int LIMIT = 1000;
    private static final int WARM_UP = Integer.getInteger("warmUp", 2_000);

    public static void main(String[] args) throws SQLException {
        var queries = Integer.parseInt(args[1]);
        try (var database = DriverManager.getConnection(args[0], "postgres", "")) {
            var learners = learners(database);
            var random = new SplittableRandom(42);
            printPlan(database, learners.get(random.nextInt(learners.size())));
            try (var dueQueue = database.prepareStatement(DUE_QUEUE)) {
                for (var i = 0; i < WARM_UP; i++) {
                    dueCards(dueQueue, learners.get(random.nextInt(learners.size())));
                }
                var nanos = new long[queries];
                var rows = 0L;
                for (var i = 0; i < queries; i++) {
                    var learner = learners.get(random.nextInt(learners.size()));
                    var start = System.nanoTime();
                    rows += dueCards(dueQueue, learner);
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, """

                        Due queue: %,d queries for random learners of %,d (after %,d to warm up), %.1f due cards each on average
                          p50 %6.2f ms
                          p99 %6.2f ms   (%s)
                          max %6.2f ms
                        """, queries, learners.size(), WARM_UP, (double) rows / queries,
                        millis(percentile(nanos, 50)), millis(percentile(nanos, 99)),
                        Boolean.getBoolean("smoke") ? "goal not judged in a smoke run" : "goal: at most 5 ms",
                        millis(nanos[queries - 1]));
            }
        }
    }

    private static List<UUID> learners(Connection database) throws SQLException {
        var learners = new ArrayList<UUID>();
        try (var statement = database.createStatement();
                var rows = statement.executeQuery("SELECT id FROM account.account WHERE role = 'LEARNER'")) {
            while (rows.next()) {
                learners.add(rows.getObject(1, UUID.class));
            }
        }
        return learners;
    }

    private static void printPlan(Connection database, UUID learner) throws SQLException {
        try (var explain = database.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + DUE_QUEUE)) {
            bind(explain, learner);
            System.out.println("EXPLAIN (ANALYZE, BUFFERS) the due queue of learner " + learner + ":");
            try (var plan = explain.executeQuery()) {
                while (plan.next()) {
                    System.out.println("  " + plan.getString(1));
                }
            }
        }
    }

    /** Runs the query and reads every column of every row, as the application maps them; returns the row count. */
    private static int dueCards(PreparedStatement dueQueue, UUID learner) throws SQLException {
        bind(dueQueue, learner);
        var count = 0;
        try (var rows = dueQueue.executeQuery()) {
            var columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (var column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
                count++;
            }
        }
        return count;
    }

    private static void bind(PreparedStatement statement, UUID learner) throws SQLException {
        statement.setObject(1, learner);
        statement.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
        statement.setInt(3, LIMIT);
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
