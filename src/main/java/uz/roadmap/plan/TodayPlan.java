package uz.roadmap.plan;

import java.util.List;

/**
 * What today holds for a learner.
 *
 * @param newQuestions today's new questions, as many as the roadmap's quota for the week
 * @param reviewsDue cards due for review now
 * @param hoursGoal the learner's study-hours goal for the day
 * @param mockInterviewDue in week 8, until the learner has completed a mock interview today: today asks for one
 */
public record TodayPlan(ProgramDay day, int week, List<String> focusTopics, int quota, List<String> newQuestions,
        int reviewsDue, int hoursGoal, boolean mockInterviewDue) {
}
