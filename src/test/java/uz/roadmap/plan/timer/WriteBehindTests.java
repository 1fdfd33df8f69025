package uz.roadmap.plan.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import uz.roadmap.FullStackTest;

/**
 * Full mode's write-behind against the real Redis and PostgreSQL: heartbeats wait in Redis until a
 * flusher writes them in batches; an interrupted flush retried, and two flushers at once, count
 * every heartbeat once. Local mode writes straight through. Each test has a Redis key prefix of its
 * own, so the application's own flusher never touches its stream.
 */
@FullStackTest
class WriteBehindTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final Duration CAP = Duration.ofSeconds(90);
    private static final Instant NINE = Instant.parse("2026-11-20T04:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcClient database;

    @Autowired
    JdbcTemplate batches;

    @Autowired
    TransactionOperations transactions;

    private final RedisKeys keys = new RedisKeys("test:study-timer:" + UUID.randomUUID());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private StudyLog log;
    private RedisTimerStore store;

    @BeforeEach
    void stores() {
        log = new StudyLog(database, batches, transactions);
        store = new RedisTimerStore(redis, log, keys);
    }

    @AfterEach
    void removeKeys() {
        redis.delete(redis.keys(keys.prefix() + ":*"));
    }

    @Test
    void heartbeatsSitInRedisUntilAFlushWritesThemToPostgres() {
        var learner = UUID.randomUUID();
        studyMinutes(store, learner, NINE, 3);
        var flusher = flusher("replica-1", 500, Duration.ofMinutes(1));

        assertThat(rows(learner)).as("nothing in PostgreSQL before the flush").isZero();
        assertThat(redis.opsForStream().size(keys.stream())).isEqualTo(3);
        assertThat(meters.get("roadmap.study.timer.buffered").gauge().value()).isEqualTo(3);
        assertThat(store.studied(learner, DAY)).as("buffered time counts already").isEqualTo(Duration.ofMinutes(3));

        assertThat(flusher.flush()).isEqualTo(3);

        assertThat(rows(learner)).isEqualTo(3);
        assertThat(log.studied(learner, DAY)).isEqualTo(Duration.ofMinutes(3));
        assertThat(store.studied(learner, DAY)).isEqualTo(Duration.ofMinutes(3));
        assertThat(redis.opsForStream().size(keys.stream())).isZero();
        assertThat(redis.opsForHash().size(keys.buffered(learner))).isZero();
        assertThat(meters.get("roadmap.study.timer.buffered").gauge().value()).isZero();
        assertThat(meters.get("roadmap.study.timer.flushed").summary().totalAmount()).isEqualTo(3);
    }

    @Test
    void aFlushWritesBatchesOfTheConfiguredSize() {
        var learner = UUID.randomUUID();
        studyMinutes(store, learner, NINE, 5);

        assertThat(flusher("replica-1", 2, Duration.ofMinutes(1)).flush()).isEqualTo(5);

        var flushed = meters.get("roadmap.study.timer.flushed").summary();
        assertThat(flushed.count()).as("batches").isEqualTo(3);
        assertThat(flushed.max()).isEqualTo(2);
        assertThat(log.studied(learner, DAY)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aFlushInterruptedAfterTheCommitAndRetriedCountsEveryHeartbeatOnce() {
        var learner = UUID.randomUUID();
        studyMinutes(store, learner, NINE, 4);
        var crashed = flusher("crashed", 500, Duration.ofMinutes(1));

        var batch = crashed.take();
        crashed.write(batch);
        // the replica dies here: committed to PostgreSQL, not yet cleared from Redis

        assertThat(rows(learner)).isEqualTo(4);
        assertThat(redis.opsForStream().size(keys.stream())).isEqualTo(4);
        assertThat(store.studied(learner, DAY)).as("written and still buffered counts once").isEqualTo(Duration.ofMinutes(4));

        var survivor = flusher("survivor", 500, Duration.ZERO);
        assertThat(survivor.flush()).as("the survivor takes over the dead replica's entries").isEqualTo(4);

        assertThat(rows(learner)).isEqualTo(4);
        assertThat(log.studied(learner, DAY)).isEqualTo(Duration.ofMinutes(4));
        assertThat(redis.opsForStream().size(keys.stream())).isZero();
        assertThat(redis.opsForStream().pending(keys.stream(), RedisKeys.FLUSHERS).getTotalPendingMessages()).isZero();
        assertThat(meters.get("roadmap.study.timer.flush.repeated").counter().count()).isEqualTo(4);
    }

    @Test
    void twoFlushersAtOnceWhileLearnersStudyCountEveryHeartbeatOnce() throws Exception {
        var learners = new ArrayList<UUID>();
        for (int i = 0; i < 4; i++) {
            learners.add(UUID.randomUUID());
        }
        // claiming at once makes each flusher take over entries the other is still writing
        var first = new HeartbeatFlusher(redis, log, keys, "replica-1", 7, Duration.ZERO, new SimpleMeterRegistry());
        var second = new HeartbeatFlusher(redis, log, keys, "replica-2", 7, Duration.ZERO, new SimpleMeterRegistry());
        var studying = new AtomicBoolean(true);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var flushes = new ArrayList<CompletableFuture<Integer>>();
            for (var flusher : new HeartbeatFlusher[] { first, second }) {
                flushes.add(CompletableFuture.supplyAsync(() -> {
                    var rounds = 0;
                    while (studying.get()) {
                        flusher.flush();
                        rounds++;
                    }
                    return rounds;
                }, threads));
            }
            for (var learner : learners) {
                studyMinutes(store, learner, NINE, 30);
            }
            studying.set(false);
            CompletableFuture.allOf(flushes.toArray(CompletableFuture[]::new)).join();
        }
        first.flush();
        second.flush();

        for (var learner : learners) {
            assertThat(rows(learner)).isEqualTo(30);
            assertThat(log.studied(learner, DAY)).isEqualTo(Duration.ofMinutes(30));
        }
        assertThat(redis.opsForStream().size(keys.stream())).isZero();
    }

    @Test
    void timeOverTheLearnersMidnightIsWrittenToBothDays() {
        var learner = UUID.randomUUID();
        // 23:58 in Tashkent: two minutes before midnight, then two after
        studyMinutes(store, learner, Instant.parse("2026-11-20T18:58:00Z"), 4);

        flusher("replica-1", 500, Duration.ofMinutes(1)).flush();

        assertThat(log.studied(learner, DAY)).isEqualTo(Duration.ofMinutes(2));
        assertThat(log.studied(learner, DAY.plusDays(1))).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aChangeMadeFromAStaleTimerIsRefusedAndCountsNothing() {
        var learner = UUID.randomUUID();
        studyMinutes(store, learner, NINE, 1);
        var read = store.timer(learner);
        var beat = read.heartbeat(NINE.plusSeconds(120), CAP, TASHKENT).orElseThrow();
        var racing = read.heartbeat(NINE.plusSeconds(121), CAP, TASHKENT).orElseThrow();

        assertThat(store.save(learner, read, beat)).isTrue();
        assertThat(store.save(learner, read, racing)).isFalse();
        assertThat(store.studied(learner, DAY)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void localModeWritesStraightThroughToPostgres() {
        var local = new DatabaseTimerStore(database, log, transactions);
        var learner = UUID.randomUUID();

        studyMinutes(local, learner, NINE, 3);
        var read = local.timer(learner);
        var stale = read.heartbeat(NINE.plusSeconds(200), CAP, TASHKENT).orElseThrow();
        local.save(learner, read, read.pause(NINE.plusSeconds(190), CAP, TASHKENT).orElseThrow());

        assertThat(rows(learner)).isEqualTo(4);
        assertThat(local.studied(learner, DAY)).isEqualTo(Duration.ofSeconds(190));
        assertThat(local.timer(learner).status()).isEqualTo(uz.roadmap.plan.TimerStatus.PAUSED);
        assertThat(local.save(learner, read, stale)).as("a stale change").isFalse();
        assertThat(rows(learner)).isEqualTo(4);
        assertThat(redis.keys(keys.prefix() + ":*")).as("Redis is not involved").isEmpty();
    }

    /** Starts the learner's timer at {@code start} and sends a heartbeat every minute for so many minutes. */
    private static void studyMinutes(TimerStore store, UUID learner, Instant start, int minutes) {
        var timer = store.timer(learner);
        var started = timer.start(start);
        assertThat(store.save(learner, timer, started)).isTrue();
        timer = started.timer();
        for (int minute = 1; minute <= minutes; minute++) {
            var beat = timer.heartbeat(start.plusSeconds(60L * minute), CAP, TASHKENT).orElseThrow();
            assertThat(store.save(learner, timer, beat)).isTrue();
            timer = beat.timer();
        }
    }

    private HeartbeatFlusher flusher(String name, int batchSize, Duration claimAfter) {
        return new HeartbeatFlusher(redis, log, keys, name, batchSize, claimAfter, meters);
    }

    private long rows(UUID learner) {
        return database.sql("SELECT count(*) FROM plan.study_time WHERE learner_id = :learner").param("learner", learner)
                .query(Long.class).single();
    }
}
