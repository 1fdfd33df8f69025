package uz.roadmap.plan.timer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where learners' timers and the time they counted are kept. Local mode writes straight to
 * PostgreSQL ({@link DatabaseTimerStore}); full mode keeps timers in Redis and buffers the counted
 * time there until the {@link HeartbeatFlusher} writes it to PostgreSQL in batches
 * ({@link RedisTimerStore}). Either way every replica sees the same timer.
 */
public interface TimerStore {

    /** The learner's timer as it is now; {@link Timer#unused()} if they never used it. */
    Timer timer(UUID learner);

    /**
     * Saves a change together with the time it counted, both or neither, but only if the timer is
     * still the one the change was made from ({@code before}'s version). False if somebody else
     * changed it first: read it again and retry.
     */
    boolean save(UUID learner, Timer before, Timer.Change change);

    /** All the time counted on this day of the learner's, written or still buffered. */
    Duration studied(UUID learner, LocalDate day);

    /** Forgets the learner's timer and study time. */
    void forget(UUID learner);
}
