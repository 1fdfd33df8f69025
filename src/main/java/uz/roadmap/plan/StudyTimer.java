package uz.roadmap.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Service;

import uz.roadmap.account.AccountDeleted;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Profile;
import uz.roadmap.plan.timer.Stretch;
import uz.roadmap.plan.timer.StudyTimerProperties;
import uz.roadmap.plan.timer.Timer;
import uz.roadmap.plan.timer.TimerStore;

/**
 * A learner's study timer: start, pause, stop, and a heartbeat every minute while it runs. The
 * server decides what each heartbeat is worth (the time since the previous one, at most one
 * interval plus grace) and puts it on the learner's local day. Commands are safe to repeat and to
 * send to any replica: each is applied over the timer's current version, and retried if another
 * one got there first. The learner's pages stop it when they sign out or have been idle longer
 * than the limit the learner set.
 */
@Service
public class StudyTimer {

    private static final int ATTEMPTS = 10;

    private final AccountManagement accounts;
    private final TimerStore timers;
    private final StudyTimerProperties settings;
    private final IdleLimits idleLimits;
    private final Clock clock;

    StudyTimer(AccountManagement accounts, TimerStore timers, StudyTimerProperties settings, IdleLimits idleLimits,
            Clock clock) {
        this.accounts = accounts;
        this.timers = timers;
        this.settings = settings;
        this.idleLimits = idleLimits;
        this.clock = clock;
    }

    /** What a timer command came to. */
    public sealed interface Outcome {
    }

    /** Done (or it was so already): the timer now. */
    public record Timed(StudyTimerView timer) implements Outcome {
    }

    /** A heartbeat or a pause for a timer that is not running: the timer as it is. */
    public record NotRunning(StudyTimerView timer) implements Outcome {
    }

    /** There is no such learner (any more). */
    public record UnknownLearner() implements Outcome {
    }

    public Optional<StudyTimerView> timer(UUID learner) {
        return accounts.profile(learner).map(profile -> view(learner, timers.timer(learner), profile, now()));
    }

    public Outcome start(UUID learner) {
        return apply(learner, (timer, now, zone) -> Optional.of(timer.start(now)));
    }

    public Outcome pause(UUID learner) {
        return apply(learner, (timer, now, zone) -> timer.pause(now, settings.cap(), zone));
    }

    public Outcome stop(UUID learner) {
        return apply(learner, (timer, now, zone) -> Optional.of(timer.stop(now, settings.cap(), zone)));
    }

    public Outcome heartbeat(UUID learner) {
        return apply(learner, (timer, now, zone) -> timer.heartbeat(now, settings.cap(), zone));
    }

    /**
     * The learner has been idle since {@code lastActive}, longer than their idle limit: stops the
     * timer, counting no time after that moment (time already counted by heartbeats stays).
     */
    public Outcome stopIdle(UUID learner, Instant lastActive) {
        return apply(learner, (timer, now, zone) -> {
            var until = lastActive.isAfter(now) ? now : lastActive;
            if (timer.lastBeat() != null && until.isBefore(timer.lastBeat())) {
                until = timer.lastBeat();
            }
            return Optional.of(timer.stop(until, settings.cap(), zone));
        });
    }

    /** A learner's idle limit was set: from 1 to 240 minutes. */
    public sealed interface IdleLimitChange {
    }

    public record IdleLimitSet(int minutes) implements IdleLimitChange {
    }

    public record IdleLimitOutOfRange(int minutes) implements IdleLimitChange {
    }

    /** Sets after how many minutes without activity the learner's pages stop their timer. */
    public IdleLimitChange setIdleLimit(UUID learner, int minutes) {
        if (minutes < IdleLimits.MIN || minutes > IdleLimits.MAX) {
            return new IdleLimitOutOfRange(minutes);
        }
        idleLimits.set(learner, minutes);
        return new IdleLimitSet(minutes);
    }

    /** A timer left running stops when its learner signs out, counting the time up to then. */
    @EventListener
    void on(LogoutSuccessEvent signedOut) {
        try {
            var learner = UUID.fromString(signedOut.getAuthentication().getName());
            stop(learner);
        }
        catch (IllegalArgumentException notALearner) {
            // not one of our accounts: nothing to stop
        }
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        timers.forget(deleted.account());
        idleLimits.forget(deleted.account());
    }

    private interface Command {
        Optional<Timer.Change> on(Timer timer, Instant now, ZoneId zone);
    }

    private Outcome apply(UUID learner, Command command) {
        var profile = accounts.profile(learner);
        if (profile.isEmpty()) {
            return new UnknownLearner();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var now = now();
            var timer = timers.timer(learner);
            var change = command.on(timer, now, profile.get().timeZone());
            if (change.isEmpty()) {
                return new NotRunning(view(learner, timer, profile.get(), now));
            }
            if (!change.get().changed(timer) || timers.save(learner, timer, change.get())) {
                return new Timed(view(learner, change.get().timer(), profile.get(), now));
            }
        }
        throw new ConcurrencyFailureException("The study timer of " + learner + " kept changing; gave up");
    }

    private StudyTimerView view(UUID learner, Timer timer, Profile profile, Instant now) {
        var zone = profile.timeZone();
        var today = LocalDate.ofInstant(now, zone);
        var studied = timer.counted(now, settings.cap(), zone).stream()
                .filter(stretch -> stretch.day().equals(today))
                .map(Stretch::duration)
                .reduce(timers.studied(learner, today), Duration::plus);
        return new StudyTimerView(timer.status(), timer.runningSince(), today, zone, studied.toSeconds(),
                studied.toMinutes(), profile.dailyHoursGoal(), settings.heartbeatInterval().toSeconds(),
                idleLimits.of(learner).orElse(settings.idleMinutes()));
    }

    /** Stores keep instants to the millisecond; so does the timer. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
