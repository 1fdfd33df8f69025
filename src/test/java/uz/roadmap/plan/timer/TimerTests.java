package uz.roadmap.plan.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import uz.roadmap.plan.TimerStatus;

class TimerTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final Duration CAP = Duration.ofSeconds(90);
    private static final Instant NINE = Instant.parse("2026-11-25T04:00:00Z");

    @Test
    void aHeartbeatCountsTheTimeSinceThePreviousOne() {
        var running = Timer.unused().start(NINE).timer();

        var beat = running.heartbeat(NINE.plusSeconds(60), CAP, TASHKENT).orElseThrow();

        assertThat(total(beat.studied())).isEqualTo(Duration.ofSeconds(60));
        assertThat(beat.timer().lastBeat()).isEqualTo(NINE.plusSeconds(60));
        assertThat(beat.timer().runningSince()).isEqualTo(NINE);
    }

    @Test
    void aHeartbeatAfterAClosedTabOrASleepingLaptopCountsAtMostTheIntervalPlusGrace() {
        var running = Timer.unused().start(NINE).timer();

        var beat = running.heartbeat(NINE.plus(Duration.ofHours(3)), CAP, TASHKENT).orElseThrow();
        var next = beat.timer().heartbeat(NINE.plus(Duration.ofHours(3)).plusSeconds(60), CAP, TASHKENT).orElseThrow();

        assertThat(beat.studied()).containsExactly(new Stretch(LocalDate.of(2026, 11, 25), NINE, NINE.plus(CAP)));
        assertThat(total(next.studied())).as("counting resumes from the late beat").isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void timeOverTheLearnersMidnightIsSplitBetweenTheTwoDays() {
        // 23:59:30 in Tashkent (UTC+5) is 18:59:30 UTC
        var beforeMidnight = Instant.parse("2026-11-25T18:59:30Z");
        var running = Timer.unused().start(beforeMidnight).timer();

        var inTashkent = running.heartbeat(beforeMidnight.plusSeconds(60), CAP, TASHKENT).orElseThrow().studied();
        var inUtc = running.heartbeat(beforeMidnight.plusSeconds(60), CAP, ZoneOffset.UTC).orElseThrow().studied();

        assertThat(inTashkent).extracting(Stretch::day, Stretch::duration).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 25), Duration.ofSeconds(30)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 26), Duration.ofSeconds(30)));
        assertThat(inUtc).extracting(Stretch::day).containsExactly(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aHeartbeatFromAReplicaWhoseClockIsBehindCountsNothingTwice() {
        var beat = Timer.unused().start(NINE).timer().heartbeat(NINE.plusSeconds(60), CAP, TASHKENT).orElseThrow().timer();

        var behind = beat.heartbeat(NINE.plusSeconds(50), CAP, TASHKENT).orElseThrow();
        var after = behind.timer().heartbeat(NINE.plusSeconds(120), CAP, TASHKENT).orElseThrow();

        assertThat(behind.studied()).isEmpty();
        assertThat(behind.changed(beat)).isFalse();
        assertThat(total(after.studied())).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void pausingCountsUpToNowAndHoldsUntilResumed() {
        var running = Timer.unused().start(NINE).timer();

        var paused = running.pause(NINE.plusSeconds(20), CAP, TASHKENT).orElseThrow();
        var resumed = paused.timer().start(NINE.plusSeconds(600)).timer();
        var beat = resumed.heartbeat(NINE.plusSeconds(660), CAP, TASHKENT).orElseThrow();

        assertThat(total(paused.studied())).isEqualTo(Duration.ofSeconds(20));
        assertThat(paused.timer().status()).isEqualTo(TimerStatus.PAUSED);
        assertThat(paused.timer().heartbeat(NINE.plusSeconds(80), CAP, TASHKENT)).as("a paused timer counts nothing").isEmpty();
        assertThat(resumed.runningSince()).isEqualTo(NINE.plusSeconds(600));
        assertThat(total(beat.studied())).as("the pause is not study time").isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void stoppingCountsUpToNowOnlyWhileRunning() {
        var running = Timer.unused().start(NINE).timer();
        var paused = running.pause(NINE.plusSeconds(30), CAP, TASHKENT).orElseThrow().timer();

        assertThat(total(running.stop(NINE.plusSeconds(45), CAP, TASHKENT).studied())).isEqualTo(Duration.ofSeconds(45));
        assertThat(paused.stop(NINE.plusSeconds(400), CAP, TASHKENT).studied()).isEmpty();
        assertThat(paused.stop(NINE.plusSeconds(400), CAP, TASHKENT).timer().status()).isEqualTo(TimerStatus.STOPPED);
    }

    @Test
    void commandsThatChangeNothingKeepTheVersionAndAStoppedTimerCannotPause() {
        var running = Timer.unused().start(NINE).timer();
        var stopped = Timer.unused();

        assertThat(running.start(NINE.plusSeconds(5)).changed(running)).isFalse();
        assertThat(stopped.stop(NINE, CAP, TASHKENT).changed(stopped)).isFalse();
        assertThat(stopped.pause(NINE, CAP, TASHKENT)).isEmpty();
        assertThat(stopped.heartbeat(NINE, CAP, TASHKENT)).isEmpty();
        assertThat(running.version()).isEqualTo(1);
    }

    private static Duration total(List<Stretch> stretches) {
        return stretches.stream().map(Stretch::duration).reduce(Duration.ZERO, Duration::plus);
    }
}
