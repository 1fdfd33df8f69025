package uz.roadmap.plan.timer;

import java.util.UUID;

/**
 * Where full mode keeps the study timer in Redis, under one prefix:
 * <ul>
 * <li>{@code <prefix>:timer:<learner>}: the learner's timer (a hash: status, since, beat, version);
 * <li>{@code <prefix>:heartbeats}: the stream of counted stretches not yet written to PostgreSQL,
 * read by the consumer group {@value #FLUSHERS};
 * <li>{@code <prefix>:buffered:<learner>}: the learner's entries in that stream, so that reading
 * today's total does not scan the stream.
 * </ul>
 */
record RedisKeys(String prefix) {

    static final String FLUSHERS = "flushers";

    String timer(UUID learner) {
        return prefix + ":timer:" + learner;
    }

    String stream() {
        return prefix + ":heartbeats";
    }

    String buffered(Object learner) {
        return prefix + ":buffered:" + learner;
    }
}
