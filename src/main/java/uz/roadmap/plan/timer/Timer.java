package uz.roadmap.plan.timer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import uz.roadmap.plan.TimerStatus;

/**
 * A learner's study timer. While it runs, the page sends a heartbeat every minute; each heartbeat
 * (and pausing or stopping) counts the time since the previous one, but never more than one
 * heartbeat interval plus some grace: a closed tab or a sleeping laptop sends nothing, and the hours
 * it was away are not study time. The counted time is cut at the learner's local midnights, so it
 * lands on the day it was studied. A heartbeat no later than the last one (a repeated request, or a
 * replica whose clock is behind) changes nothing: moving the last beat back would count time twice.
 * Plain Java: the stores keep it, this decides.
 *
 * @param runningSince when it last started or resumed, while it runs
 * @param lastBeat up to when time has been counted, while it runs
 * @param version how many times it changed: stores save a change only over the version it was made from
 */
public record Timer(TimerStatus status, @Nullable Instant runningSince, @Nullable Instant lastBeat, long version) {

    public Timer {
        if ((status == TimerStatus.RUNNING) != (runningSince != null && lastBeat != null)) {
            throw new IllegalArgumentException("A running timer, and only a running one, has a start and a last beat");
        }
    }

    /** A timer never used. */
    public static Timer unused() {
        return new Timer(TimerStatus.STOPPED, null, null, 0);
    }

    /**
     * What a command did: the timer after it and the time it counted. A command that changes
     * nothing (starting a running timer) gives back the same timer.
     */
    public record Change(Timer timer, List<Stretch> studied) {

        public boolean changed(Timer before) {
            return timer.version != before.version;
        }
    }

    /** Starts or resumes counting now; a running timer goes on as it was. */
    public Change start(Instant now) {
        if (status == TimerStatus.RUNNING) {
            return new Change(this, List.of());
        }
        return new Change(new Timer(TimerStatus.RUNNING, now, now, version + 1), List.of());
    }

    /** Counts the time since the last beat; nothing when the timer is not running. */
    public Optional<Change> heartbeat(Instant now, Duration cap, ZoneId zone) {
        if (status != TimerStatus.RUNNING) {
            return Optional.empty();
        }
        if (!now.isAfter(lastBeat)) {
            return Optional.of(new Change(this, List.of()));
        }
        return Optional.of(new Change(new Timer(status, runningSince, now, version + 1), counted(now, cap, zone)));
    }

    /** Counts the time since the last beat and holds; a paused timer stays paused; a stopped one cannot pause. */
    public Optional<Change> pause(Instant now, Duration cap, ZoneId zone) {
        return switch (status) {
            case STOPPED -> Optional.empty();
            case PAUSED -> Optional.of(new Change(this, List.of()));
            case RUNNING -> Optional.of(new Change(new Timer(TimerStatus.PAUSED, null, null, version + 1),
                    counted(now, cap, zone)));
        };
    }

    /** Counts the time since the last beat, if running, and stops; a stopped timer stays stopped. */
    public Change stop(Instant now, Duration cap, ZoneId zone) {
        if (status == TimerStatus.STOPPED) {
            return new Change(this, List.of());
        }
        return new Change(new Timer(TimerStatus.STOPPED, null, null, version + 1),
                status == TimerStatus.RUNNING ? counted(now, cap, zone) : List.of());
    }

    /** The time a heartbeat would count now: from the last beat, at most {@code cap}, by local day. */
    public List<Stretch> counted(Instant now, Duration cap, ZoneId zone) {
        if (status != TimerStatus.RUNNING) {
            return List.of();
        }
        var upTo = now.isAfter(lastBeat.plus(cap)) ? lastBeat.plus(cap) : now;
        return Stretch.between(lastBeat, upTo, zone);
    }
}
