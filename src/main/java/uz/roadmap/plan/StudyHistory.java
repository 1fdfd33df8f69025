package uz.roadmap.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import uz.roadmap.plan.timer.StudyLog;

/** The study time a learner's timer has counted, day by day in their time zone. */
@Service
public class StudyHistory {

    private final StudyLog log;

    StudyHistory(StudyLog log) {
        this.log = log;
    }

    /** Minutes studied on each day with any study time. */
    public Map<LocalDate, Long> minutesPerDay(UUID learner) {
        return log.days(learner).stream().collect(Collectors.toMap(StudyLog.Day::day, StudyLog.Day::minutes));
    }
}
