package uz.roadmap.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.roadmap.FullStackTest;
import uz.roadmap.MovingClock;
import uz.roadmap.account.AccountFixtures;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.plan.StudyTimer.NotRunning;
import uz.roadmap.plan.StudyTimer.Outcome;
import uz.roadmap.plan.StudyTimer.Timed;
import uz.roadmap.plan.timer.StudyTimerProperties;
import uz.roadmap.plan.timer.TimerStore;

/**
 * The study timer as replicas of the application run it, on the real Redis and PostgreSQL, with a
 * clock the test moves: what heartbeats count, on which of the learner's days, and the same timer
 * on every replica.
 */
@FullStackTest
class StudyTimerTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    TimerStore timers;

    @Autowired
    StudyTimerProperties settings;

    @Autowired
    JdbcClient database;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-25T04:00:00Z"));

    @Test
    void heartbeatsCountTheTimeBetweenThemButAClosedTabCountsAtMostOneIntervalPlusGrace() {
        var learner = learner(ZoneId.of("Asia/Tashkent"));
        var timer = replica();

        timer.start(learner);
        clock.pass(Duration.ofSeconds(60));
        var minute = timed(timer.heartbeat(learner));
        clock.pass(Duration.ofHours(3));
        var afterThreeHoursAway = timed(timer.heartbeat(learner));

        assertThat(minute.studiedSeconds()).isEqualTo(60);
        assertThat(afterThreeHoursAway.studiedSeconds()).isEqualTo(60 + settings.cap().toSeconds());
        assertThat(settings.cap()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void timeIsCountedOnTheLearnersOwnDay() {
        var inTashkent = learner(ZoneId.of("Asia/Tashkent"));
        var inLondon = learner(ZoneId.of("Europe/London"));
        var timer = replica();
        // 23:59 in Tashkent (UTC+5), 18:59 in London
        clock.set(Instant.parse("2026-11-25T18:59:00Z"));
        timer.start(inTashkent);
        timer.start(inLondon);

        clock.pass(Duration.ofSeconds(90));
        var tashkent = timed(timer.heartbeat(inTashkent));
        var london = timed(timer.heartbeat(inLondon));

        assertThat(tashkent.day()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(tashkent.studiedSeconds()).as("after midnight in Tashkent").isEqualTo(30);
        assertThat(timers.studied(inTashkent, LocalDate.of(2026, 11, 25))).isEqualTo(Duration.ofSeconds(60));
        assertThat(london.day()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(london.studiedSeconds()).isEqualTo(90);
    }

    @Test
    void everyReplicaSeesTheSameTimerAsDoesAReloadedPage() {
        var learner = learner(ZoneId.of("Asia/Tashkent"));
        var first = replica();
        var second = replica();

        var started = timed(first.start(learner));
        clock.pass(Duration.ofSeconds(60));
        var seenBySecond = second.timer(learner).orElseThrow();
        timed(second.heartbeat(learner));
        clock.pass(Duration.ofSeconds(30));
        var paused = timed(first.pause(learner));

        assertThat(seenBySecond.status()).isEqualTo(TimerStatus.RUNNING);
        assertThat(seenBySecond.runningSince()).isEqualTo(started.runningSince()).isEqualTo(clock.instant().minusSeconds(90));
        assertThat(paused.status()).isEqualTo(TimerStatus.PAUSED);
        assertThat(second.timer(learner).orElseThrow().studiedSeconds()).isEqualTo(90);
        assertThat(second.heartbeat(learner)).isInstanceOf(NotRunning.class);
    }

    @Test
    void heartbeatsRacingOnTwoReplicasCountTheSameMinuteOnce() throws Exception {
        var learner = learner(ZoneId.of("Asia/Tashkent"));
        var replicas = new StudyTimer[] { replica(), replica() };
        replicas[0].start(learner);
        clock.pass(Duration.ofSeconds(60));

        try (var threads = Executors.newFixedThreadPool(4)) {
            var beats = new ArrayList<CompletableFuture<Outcome>>();
            for (int beat = 0; beat < 20; beat++) {
                var replica = replicas[beat % 2];
                beats.add(CompletableFuture.supplyAsync(() -> replica.heartbeat(learner), threads));
            }
            beats.forEach(beat -> assertThat(beat.join()).isInstanceOf(Timed.class));
        }

        assertThat(replicas[1].timer(learner).orElseThrow().studiedSeconds()).isEqualTo(60);
    }

    /** One replica of the application: its own instance of the timer over the shared stores. */
    private StudyTimer replica() {
        return new StudyTimer(accounts, timers, settings, new IdleLimits(database), clock);
    }

    private static StudyTimerView timed(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Timed.class);
        return ((Timed) outcome).timer();
    }

    private UUID learner(ZoneId zone) {
        return new AccountFixtures(accounts, database).learner("uz", zone, LocalDate.of(2026, 11, 20)).id();
    }
}
