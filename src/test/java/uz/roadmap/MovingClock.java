package uz.roadmap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the tests move by hand: time passes only when they say so. */
public final class MovingClock extends Clock {

    private volatile Instant now;

    public MovingClock() {
        this(Instant.now());
    }

    public MovingClock(Instant now) {
        this.now = now;
    }

    public void pass(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
