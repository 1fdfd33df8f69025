package uz.roadmap.assessment;

import java.util.UUID;

import org.springframework.stereotype.Component;

import uz.roadmap.account.PersonalData;

/**
 * The "mockInterviews" section of a learner's data download: every mock with its questions,
 * answers and grades.
 */
@Component
class MockInterviewPersonalData implements PersonalData {

    private final MockInterviews interviews;

    MockInterviewPersonalData(MockInterviews interviews) {
        this.interviews = interviews;
    }

    @Override
    public String name() {
        return "mockInterviews";
    }

    @Override
    public Object of(UUID account) {
        return interviews.personalData(account);
    }
}
