package uz.roadmap.benchmarks.scheduler;

import java.time.Duration;
import java.time.Instant;

import uz.roadmap.review.scheduling.Fsrs;
import uz.roadmap.review.scheduling.Memory;
import uz.roadmap.review.scheduling.Rating;

/**
 * The fixed workload of the scheduler benchmark: 1,000 cards, each reviewed 20 times, at gaps and
 * with ratings as learners make them (a few minutes within a session, hours, the usual days,
 * sometimes a long absence; mostly Good, some Again, Hard and Easy).
 * <p>
 * The reviews come from a small seeded generator (mulberry32, as in {@code tools/fsrs-vectors})
 * that {@code ts-fsrs/throughput.mjs} implements the same way, so Java and ts-fsrs replay exactly
 * the same 20,000 reviews. Every review is at or after the previous one of its card.
 */
public final class ReviewSequence {

    public static final int CARDS = 1000;
    public static final int REVIEWS_PER_CARD = 20;
    public static final int REVIEWS = CARDS * REVIEWS_PER_CARD;

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final int MINUTES_PER_DAY = 1440;

    private final Instant[] created = new Instant[CARDS];
    private final Instant[][] times = new Instant[CARDS][REVIEWS_PER_CARD];
    private final Rating[][] ratings = new Rating[CARDS][REVIEWS_PER_CARD];

    public ReviewSequence() {
        for (var card = 0; card < CARDS; card++) {
            var random = new Mulberry32(card + 1);
            var now = START.plus(Duration.ofMinutes((long) Math.floor(random.next() * 365 * MINUTES_PER_DAY)));
            created[card] = now;
            for (var review = 0; review < REVIEWS_PER_CARD; review++) {
                if (review > 0) {
                    now = now.plus(Duration.ofMinutes(gapInMinutes(random)));
                }
                times[card][review] = now;
                ratings[card][review] = rating(random);
            }
        }
    }

    /** What the replayed cards ended as, summed up: equal sums mean both schedulers did the same work. */
    public record Outcome(double stabilitySum, long dueMinutesSum) {
    }

    /** Reviews every card from new, in order, and sums up the final cards. */
    public Outcome replay(Fsrs fsrs) {
        var stabilitySum = 0.0;
        var dueMinutesSum = 0L;
        for (var card = 0; card < CARDS; card++) {
            var memory = Memory.newCard(created[card]);
            for (var review = 0; review < REVIEWS_PER_CARD; review++) {
                memory = fsrs.review(memory, ratings[card][review], times[card][review]);
            }
            stabilitySum += memory.stability();
            dueMinutesSum += Math.floorDiv(memory.due().getEpochSecond(), 60);
        }
        return new Outcome(stabilitySum, dueMinutesSum);
    }

    private static long gapInMinutes(Mulberry32 random) {
        var choice = random.next();
        if (choice < 0.2) {
            return (long) Math.floor(random.next() * 10); // again in the same session
        }
        if (choice < 0.35) {
            return (long) Math.floor(random.next() * 12 * 60); // later the same day
        }
        if (choice < 0.85) {
            return (long) Math.floor((1 + random.next() * 29) * MINUTES_PER_DAY); // the usual: days later
        }
        return (long) Math.floor((30 + random.next() * 170) * MINUTES_PER_DAY); // a long absence
    }

    private static Rating rating(Mulberry32 random) {
        var r = random.next();
        return r < 0.15 ? Rating.AGAIN : r < 0.3 ? Rating.HARD : r < 0.85 ? Rating.GOOD : Rating.EASY;
    }

    /** mulberry32: a tiny seeded generator of doubles in [0, 1), bit for bit the same as in JavaScript. */
    private static final class Mulberry32 {

        private int state;

        Mulberry32(int seed) {
            this.state = seed;
        }

        double next() {
            state += 0x6d2b79f5;
            var t = (state ^ (state >>> 15)) * (1 | state);
            t = (t + (t ^ (t >>> 7)) * (61 | t)) ^ t;
            return Integer.toUnsignedLong(t ^ (t >>> 14)) / 4294967296.0;
        }
    }
}
