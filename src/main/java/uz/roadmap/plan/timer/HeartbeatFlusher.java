package uz.roadmap.plan.timer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scheduling.annotation.Scheduled;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Full mode's write-behind: moves the study time buffered in Redis to PostgreSQL in batches. Every
 * replica runs one; they share the stream as one consumer group, so each entry goes to one of them.
 * A flush is: take a batch (entries another flusher left unwritten for {@code claimAfter}, then new
 * ones), write it in one transaction keyed by the entries' ids, then acknowledge and delete the
 * entries in Redis. A flush interrupted after the commit leaves its entries pending; whoever takes
 * them over writes them again, which records nothing new, and clears them.
 */
class HeartbeatFlusher {

    private static final Logger logger = LoggerFactory.getLogger(HeartbeatFlusher.class);

    /** KEYS: the stream, then each entry's learner's buffered hash; ARGV: the group, then the entries' ids. */
    private static final RedisScript<Long> CLEAR = RedisScript.of("""
            for i = 2, #ARGV do
              redis.call('XACK', KEYS[1], ARGV[1], ARGV[i])
              redis.call('XDEL', KEYS[1], ARGV[i])
              redis.call('HDEL', KEYS[i], ARGV[i])
            end
            return #ARGV - 1""", Long.class);

    private final StringRedisTemplate redis;
    private final StudyLog log;
    private final RedisKeys keys;
    private final String name;
    private final int batchSize;
    private final Duration claimAfter;
    private final DistributionSummary batches;
    private final Counter repeated;
    private volatile boolean groupExists;

    HeartbeatFlusher(StringRedisTemplate redis, StudyLog log, RedisKeys keys, String name, int batchSize,
            Duration claimAfter, MeterRegistry meters) {
        this.redis = redis;
        this.log = log;
        this.keys = keys;
        this.name = name;
        this.batchSize = batchSize;
        this.claimAfter = claimAfter;
        this.batches = DistributionSummary.builder("roadmap.study.timer.flushed")
                .description("Study-time entries written from Redis to PostgreSQL per batch").baseUnit("entries")
                .register(meters);
        this.repeated = Counter.builder("roadmap.study.timer.flush.repeated")
                .description("Entries a retried flush found already written (counted once)").register(meters);
        Gauge.builder("roadmap.study.timer.buffered", this, HeartbeatFlusher::buffered)
                .description("Study-time entries buffered in Redis, not yet written to PostgreSQL").register(meters);
    }

    /** Writes everything buffered now, batch by batch. How many entries it wrote. */
    @Scheduled(fixedDelayString = "${roadmap.study-timer.flush-interval:5s}",
            initialDelayString = "${roadmap.study-timer.flush-interval:5s}")
    void flushScheduled() {
        try {
            flush();
        }
        catch (DataAccessException unavailable) {
            groupExists = false; // Redis may have lost the stream and its group with it
            logger.warn("Study time stays buffered in Redis until the next flush: {}", unavailable.getMessage());
        }
    }

    int flush() {
        var total = 0;
        while (true) {
            var batch = take();
            write(batch);
            clear(batch);
            total += batch.size();
            if (batch.size() < batchSize) {
                return total;
            }
        }
    }

    /** Entries left unwritten by any flusher for {@code claimAfter}, then new ones, up to a batch. */
    List<MapRecord<String, Object, Object>> take() {
        ensureGroup();
        var stream = redis.opsForStream();
        var batch = new ArrayList<MapRecord<String, Object, Object>>();
        var stale = stream.pending(keys.stream(), RedisKeys.FLUSHERS, Range.unbounded(), batchSize, claimAfter);
        if (!stale.isEmpty()) {
            var ids = stale.stream().map(PendingMessage::getId).toArray(RecordId[]::new);
            batch.addAll(orEmpty(stream.claim(keys.stream(), RedisKeys.FLUSHERS, name, claimAfter, ids)));
        }
        if (batch.size() < batchSize) {
            batch.addAll(orEmpty(stream.read(Consumer.from(RedisKeys.FLUSHERS, name),
                    StreamReadOptions.empty().count(batchSize - batch.size()),
                    StreamOffset.create(keys.stream(), ReadOffset.lastConsumed()))));
        }
        return batch;
    }

    /** Writes the entries to PostgreSQL in one transaction; entries written before count once. */
    void write(List<MapRecord<String, Object, Object>> batch) {
        var entries = new ArrayList<StudyLog.Entry>();
        for (var record : batch) {
            try {
                entries.add(RedisTimerStore.entry(record.getId().getValue(), value(record, "learner"),
                        value(record, "day"), value(record, "from"), value(record, "to")));
            }
            catch (RuntimeException malformed) {
                // nothing of ours writes such an entry; keeping it would block every flush after this one
                logger.error("Dropping malformed study-time entry {}: {}", record.getId(), record.getValue());
            }
        }
        var inserted = log.record(entries);
        if (!entries.isEmpty()) {
            batches.record(entries.size());
        }
        repeated.increment(entries.size() - inserted);
    }

    /** After the commit: the entries leave the stream, the group's pending list and their learners' buffers at once. */
    void clear(List<MapRecord<String, Object, Object>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        var keyList = new ArrayList<String>();
        var arguments = new ArrayList<Object>();
        keyList.add(keys.stream());
        arguments.add(RedisKeys.FLUSHERS);
        for (var record : batch) {
            keyList.add(keys.buffered(value(record, "learner")));
            arguments.add(record.getId().getValue());
        }
        redis.execute(CLEAR, keyList, arguments.toArray());
    }

    /** Entries waiting in Redis: the stream holds only what is not yet written. */
    double buffered() {
        try {
            var size = redis.opsForStream().size(keys.stream());
            return size == null ? 0 : size;
        }
        catch (DataAccessException unavailable) {
            return Double.NaN;
        }
    }

    private void ensureGroup() {
        if (groupExists) {
            return;
        }
        var stream = keys.stream().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            redis.execute((RedisCallback<String>) connection -> connection.streamCommands()
                    .xGroupCreate(stream, RedisKeys.FLUSHERS, ReadOffset.from("0"), true));
        }
        catch (RedisSystemException exists) {
            if (!String.valueOf(exists.getMessage()).contains("BUSYGROUP")
                    && !String.valueOf(exists.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) {
                throw exists;
            }
        }
        groupExists = true;
    }

    private static String value(MapRecord<String, Object, Object> record, String field) {
        return String.valueOf(record.getValue().get(field));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
