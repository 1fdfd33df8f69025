package uz.roadmap.plan.timer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import uz.roadmap.plan.TimerStatus;

/**
 * Full mode: timers live in Redis, and the time a heartbeat counts is buffered there (write-behind)
 * until the {@link HeartbeatFlusher} writes it to PostgreSQL. A change is one Lua script, so it is
 * atomic across replicas: it checks the timer's version, saves the timer and appends the counted
 * stretches to the stream, or does nothing at all. Once a heartbeat is answered its time is in
 * Redis; a crash of the application loses at most the heartbeat it was handling.
 */
class RedisTimerStore implements TimerStore {

    /** KEYS: timer, stream, buffered; ARGV: version before, status, since, beat, version, learner, then day, from, to per stretch. */
    private static final RedisScript<Long> SAVE = RedisScript.of("""
            if (redis.call('HGET', KEYS[1], 'version') or '0') ~= ARGV[1] then
              return 0
            end
            redis.call('HSET', KEYS[1], 'status', ARGV[2], 'since', ARGV[3], 'beat', ARGV[4], 'version', ARGV[5])
            for i = 7, #ARGV, 3 do
              local id = redis.call('XADD', KEYS[2], '*', 'learner', ARGV[6], 'day', ARGV[i], 'from', ARGV[i + 1], 'to', ARGV[i + 2])
              redis.call('HSET', KEYS[3], id, ARGV[i] .. ' ' .. ARGV[i + 1] .. ' ' .. ARGV[i + 2])
            end
            return 1""", Long.class);

    /** KEYS: timer, buffered, stream; ARGV: the flushers' group. */
    private static final RedisScript<Long> FORGET = RedisScript.of("""
            for _, id in ipairs(redis.call('HKEYS', KEYS[2])) do
              redis.pcall('XACK', KEYS[3], ARGV[1], id)
              redis.call('XDEL', KEYS[3], id)
            end
            return redis.call('DEL', KEYS[1], KEYS[2])""", Long.class);

    private final StringRedisTemplate redis;
    private final StudyLog log;
    private final RedisKeys keys;

    RedisTimerStore(StringRedisTemplate redis, StudyLog log, RedisKeys keys) {
        this.redis = redis;
        this.log = log;
        this.keys = keys;
    }

    @Override
    public Timer timer(UUID learner) {
        Map<Object, Object> fields = redis.opsForHash().entries(keys.timer(learner));
        if (fields.isEmpty()) {
            return Timer.unused();
        }
        return new Timer(TimerStatus.valueOf((String) fields.get("status")), instant((String) fields.get("since")),
                instant((String) fields.get("beat")), Long.parseLong((String) fields.get("version")));
    }

    @Override
    public boolean save(UUID learner, Timer before, Timer.Change change) {
        var next = change.timer();
        var arguments = new ArrayList<>(List.of(String.valueOf(before.version()), next.status().name(),
                millis(next.runningSince()), millis(next.lastBeat()), String.valueOf(next.version()), learner.toString()));
        for (var stretch : change.studied()) {
            arguments.addAll(List.of(stretch.day().toString(), millis(stretch.from()), millis(stretch.to())));
        }
        var saved = redis.execute(SAVE, List.of(keys.timer(learner), keys.stream(), keys.buffered(learner)),
                arguments.toArray());
        return saved != null && saved == 1;
    }

    /** What PostgreSQL has for the day, plus what is still buffered and not yet written. */
    @Override
    public Duration studied(UUID learner, LocalDate day) {
        var buffered = new ArrayList<StudyLog.Entry>();
        redis.opsForHash().entries(keys.buffered(learner)).forEach((id, value) -> {
            var dayFromTo = ((String) value).split(" ");
            var entry = entry((String) id, learner.toString(), dayFromTo[0], dayFromTo[1], dayFromTo[2]);
            if (entry.stretch().day().equals(day)) {
                buffered.add(entry);
            }
        });
        // a stretch written but not yet cleared from Redis (a flush interrupted in between) counts once
        var written = log.recorded(buffered.stream().map(StudyLog.Entry::id).toList());
        return buffered.stream().filter(entry -> !written.contains(entry.id()))
                .map(entry -> entry.stretch().duration())
                .reduce(log.studied(learner, day), Duration::plus);
    }

    @Override
    public void forget(UUID learner) {
        redis.execute(FORGET, List.of(keys.timer(learner), keys.buffered(learner), keys.stream()), RedisKeys.FLUSHERS);
        log.forget(learner);
    }

    /** An entry of the stream (or of a learner's buffer), from the values the save script wrote. */
    static StudyLog.Entry entry(String id, String learner, String day, String from, String to) {
        return new StudyLog.Entry(id, UUID.fromString(learner), new Stretch(LocalDate.parse(day),
                Instant.ofEpochMilli(Long.parseLong(from)), Instant.ofEpochMilli(Long.parseLong(to))));
    }

    private static String millis(@Nullable Instant instant) {
        return instant == null ? "" : String.valueOf(instant.toEpochMilli());
    }

    private static @Nullable Instant instant(@Nullable String millis) {
        return millis == null || millis.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(millis));
    }
}
