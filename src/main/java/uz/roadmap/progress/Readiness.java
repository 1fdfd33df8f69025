package uz.roadmap.progress;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uz.roadmap.shared.LocalizedText;

/**
 * Will the learner be ready? Predicted recall of each topic on the interview date, the pace at which
 * levels have been rising, and a plain verdict with the topics that most need work.
 *
 * @param target the interview date from the profile, else the program's last day; none without either
 * @param topics every topic with its level now and its predicted recall on the target date
 * @param levelsPerDay levels gained per program day so far
 * @param levelsToGo levels still to gain until every topic is at level 3
 * @param allAtThreeBy when every topic reaches level 3 at this pace; none while the pace is zero
 * @param focus the three topics that most need work
 */
public record Readiness(@Nullable LocalDate target, @Nullable LocalDate interviewDate, @Nullable LocalDate programEnd,
        List<TopicOutlook> topics, double levelsPerDay, int levelsToGo, @Nullable LocalDate allAtThreeBy,
        Verdict verdict, List<TopicOutlook> focus) {

    /**
     * @param recall the average predicted recall of the topic's cards on the target date, in percent
     */
    public record TopicOutlook(String topic, LocalizedText title, int level, boolean slipping, int recall) {
    }

    public enum Verdict {
        /** Every topic at level 3 and remembered on the date. */
        READY,
        /** At this pace every topic reaches level 3 by the date. */
        ON_TRACK,
        /** At this pace some topics will not. */
        BEHIND,
        /** No interview date and no program start to aim at. */
        NO_DATE
    }
}
