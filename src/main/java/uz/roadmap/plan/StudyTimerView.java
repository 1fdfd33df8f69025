package uz.roadmap.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A learner's study timer and today's study time against their goal.
 *
 * @param runningSince when it last started or resumed, while it runs
 * @param day the learner's today, in their time zone
 * @param studiedSeconds study time counted today, including the running stretch up to now (of which at
 *        most one heartbeat interval plus grace since the last heartbeat)
 * @param hoursGoal the learner's daily goal
 * @param heartbeatSeconds how often a client should send a heartbeat while the timer runs
 * @param idleMinutes after how long without any activity the learner's pages stop the timer
 */
public record StudyTimerView(TimerStatus status, @Nullable Instant runningSince, LocalDate day, ZoneId timeZone,
        long studiedSeconds, long studiedMinutes, int hoursGoal, long heartbeatSeconds, int idleMinutes) {
}
