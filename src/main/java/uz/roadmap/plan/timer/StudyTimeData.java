package uz.roadmap.plan.timer;

import java.util.UUID;

import org.springframework.stereotype.Component;

import uz.roadmap.account.PersonalData;

/**
 * A learner's study time, day by day, in the download of their data.
 */
@Component
class StudyTimeData implements PersonalData {

    private final StudyLog log;

    StudyTimeData(StudyLog log) {
        this.log = log;
    }

    @Override
    public String name() {
        return "studyTime";
    }

    @Override
    public Object of(UUID account) {
        return log.days(account);
    }
}
