package uz.roadmap.assessment;

import java.util.UUID;

import org.springframework.stereotype.Component;

import uz.roadmap.account.PersonalData;

/**
 * The "selfTests" section of a learner's data download.
 */
@Component
class AssessmentPersonalData implements PersonalData {

    private final SelfTests selfTests;

    AssessmentPersonalData(SelfTests selfTests) {
        this.selfTests = selfTests;
    }

    @Override
    public String name() {
        return "selfTests";
    }

    @Override
    public Object of(UUID account) {
        return selfTests.personalData(account);
    }
}
