package uz.roadmap.plan;

import java.util.List;

/**
 * What today holds for a learner.
 *
 * @param newQuestions today's new questions, as many as the roadmap's quota for the week
 * @param answered those of today's new questions the learner has answered in writing
 * @param reviewsDue cards due for review now
 * @param reviewedToday reviews of cards the learner made today
 * @param hoursGoal the learner's study-hours goal for the day
 * @param selfTests the weekly self-tests to take: each from the last day of its week until it is taken
 * @param mockInterviewDue in week 8, until the learner has completed a mock interview today: today asks for one
 */
public record TodayPlan(ProgramDay day, int week, List<String> focusTopics, int quota, List<String> newQuestions,
        List<String> answered, int reviewsDue, int reviewedToday, int hoursGoal, List<SelfTestDue> selfTests,
        boolean mockInterviewDue) {

    /**
     * A week's self-test that is waiting for the learner.
     *
     * @param started the learner has an attempt open at it
     */
    public record SelfTestDue(int week, boolean started) {
    }
}
