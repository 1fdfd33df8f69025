package uz.roadmap.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ProgramDayTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Test
    void theStartDateIsDayOneOfWeekOne() {
        var day = ProgramDay.of(LocalDate.of(2026, 11, 24), TASHKENT, Instant.parse("2026-11-24T06:00:00Z"));

        assertThat(day).isEqualTo(new ProgramDay(1, ProgramDay.Phase.PROGRAM));
        assertThat(day.week()).isEqualTo(1);
    }

    @Test
    void dayFiftyIsInWeekEight() {
        var day = ProgramDay.of(LocalDate.of(2026, 10, 6), TASHKENT, Instant.parse("2026-11-24T06:00:00Z"));

        assertThat(day.day()).isEqualTo(50);
        assertThat(day.week()).isEqualTo(8);
    }

    @Test
    void theDayTurnsAtMidnightInTheLearnersTimeZone() {
        var lateEveningUtc = Instant.parse("2026-11-24T20:30:00Z");

        assertThat(ProgramDay.of(LocalDate.of(2026, 11, 24), TASHKENT, lateEveningUtc).day()).isEqualTo(2);
        assertThat(ProgramDay.of(LocalDate.of(2026, 11, 24), ZoneId.of("UTC"), lateEveningUtc).day()).isEqualTo(1);
    }

    @Test
    void beforeTheStartAndAfterDayFiftySix() {
        var now = Instant.parse("2026-11-24T06:00:00Z");

        assertThat(ProgramDay.of(LocalDate.of(2026, 11, 25), TASHKENT, now).phase()).isEqualTo(ProgramDay.Phase.NOT_STARTED);
        assertThat(ProgramDay.of(null, TASHKENT, now).phase()).isEqualTo(ProgramDay.Phase.NOT_STARTED);
        var after = ProgramDay.of(LocalDate.of(2026, 9, 29), TASHKENT, now);
        assertThat(after.phase()).isEqualTo(ProgramDay.Phase.MAINTENANCE);
        assertThat(after.day()).isEqualTo(57);
        assertThat(after.week()).isEqualTo(8);
    }
}
