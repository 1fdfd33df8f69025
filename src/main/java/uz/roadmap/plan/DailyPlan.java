package uz.roadmap.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;

import uz.roadmap.account.AccountManagement;
import uz.roadmap.assessment.AttemptStatus;
import uz.roadmap.assessment.AttemptSummary;
import uz.roadmap.assessment.MockInterviews;
import uz.roadmap.assessment.MockStatus;
import uz.roadmap.assessment.SelfTests;
import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.curriculum.Content.Quota;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.curriculum.QuestionFilter;
import uz.roadmap.review.QuestionMemory;
import uz.roadmap.review.ReviewManagement;
import uz.roadmap.review.ReviewProgress;

/**
 * A learner's day: which day of the program it is in their time zone, and what it holds. Today's
 * new questions follow the roadmap's quota for the week (5 a day in week 1, rising to 20 in week
 * 8). They are questions the learner had not met before today, so the list stays the same all day;
 * in week 8 (and after) they come from all earlier weeks, the weakest topics first. From the last
 * day of each week, the week's self-test waits on Today until it is taken.
 */
@Service
public class DailyPlan {

    public static final String ROADMAP = "backend-8-weeks";

    private final AccountManagement accounts;
    private final Curriculum curriculum;
    private final ReviewManagement reviews;
    private final ReviewProgress progress;
    private final SelfTests selfTests;
    private final MockInterviews mockInterviews;
    private final Clock clock;

    DailyPlan(AccountManagement accounts, Curriculum curriculum, ReviewManagement reviews, ReviewProgress progress,
            SelfTests selfTests, MockInterviews mockInterviews, Clock clock) {
        this.accounts = accounts;
        this.curriculum = curriculum;
        this.reviews = reviews;
        this.progress = progress;
        this.selfTests = selfTests;
        this.mockInterviews = mockInterviews;
        this.clock = clock;
    }

    public Optional<TodayPlan> today(UUID learner) {
        var now = clock.instant();
        return accounts.profile(learner).flatMap(profile -> curriculum.roadmap(ROADMAP).map(roadmap -> {
            var day = ProgramDay.of(profile.programStart(), profile.timeZone(), now);
            var startOfToday = now.atZone(profile.timeZone()).toLocalDate().atStartOfDay(profile.timeZone()).toInstant();
            var week = day.week();
            var quota = roadmap.rules().newQuestionsPerDay().stream()
                    .filter(rule -> rule.week() == Math.max(week, 1))
                    .findFirst()
                    .orElse(new Quota(week, 0, false));
            var focus = week == 0 ? List.<String>of()
                    : curriculum.topics(ROADMAP, week).stream().map(topic -> topic.slug()).toList();
            var newQuestions = day.phase() == ProgramDay.Phase.NOT_STARTED ? List.<String>of()
                    : newQuestions(learner, quota, week, startOfToday);
            var answered = progress.answered(learner, ROADMAP);
            return new TodayPlan(day, week, focus, quota.count(), newQuestions,
                    newQuestions.stream().filter(answered::contains).toList(), reviews.dueNow(learner).count(),
                    progress.reviewedSince(learner, startOfToday), profile.dailyHoursGoal(), selfTestsDue(learner, day),
                    mockInterviewDue(learner, day, startOfToday));
        }));
    }

    /**
     * The weekly self-tests the learner has not taken yet, of the weeks whose last day has come: a
     * week's test appears on day 7, 14, … and stays until an attempt at it is closed.
     */
    private List<TodayPlan.SelfTestDue> selfTestsDue(UUID learner, ProgramDay day) {
        var ended = Math.min(ProgramDay.WEEKS, day.day() / 7);
        if (day.phase() == ProgramDay.Phase.NOT_STARTED || ended == 0) {
            return List.of();
        }
        var attempts = selfTests.history(learner, ROADMAP, null).stream()
                .collect(Collectors.groupingBy(AttemptSummary::week));
        return IntStream.rangeClosed(1, ended)
                .filter(week -> attempts.getOrDefault(week, List.of()).stream()
                        .allMatch(attempt -> attempt.status() == AttemptStatus.STARTED))
                .filter(week -> !curriculum.selfTest(ROADMAP, week).isEmpty())
                .mapToObj(week -> new TodayPlan.SelfTestDue(week, attempts.containsKey(week)))
                .toList();
    }

    private List<String> newQuestions(UUID learner, Quota quota, int week, Instant startOfToday) {
        var memory = reviews.memoryOf(learner, ROADMAP).stream()
                .collect(Collectors.toMap(QuestionMemory::question, entry -> entry));
        var weeks = quota.fromPreviousWeeks() ? IntStream.range(1, week).boxed().toList() : List.of(week);
        var pool = weeks.stream()
                .flatMap(number -> curriculum.questions(ROADMAP, new QuestionFilter(number, null, null), 0,
                        Curriculum.MAX_PAGE_SIZE).items().stream())
                .filter(question -> !metBefore(memory.get(question.slug()), startOfToday))
                .toList();
        var weakness = topicRecall(pool, memory);
        return pool.stream()
                .sorted(Comparator.comparingDouble((Question question) -> quota.fromPreviousWeeks()
                                ? weakness.getOrDefault(question.topic(), 0.0) : 0.0)
                        .thenComparingInt(Question::difficulty)
                        .thenComparing(Question::slug))
                .limit(quota.count())
                .map(Question::slug)
                .toList();
    }

    /** In the program's last week, today asks for a mock interview until the learner has completed one today. */
    private boolean mockInterviewDue(UUID learner, ProgramDay day, Instant startOfToday) {
        return day.phase() == ProgramDay.Phase.PROGRAM && day.week() == ProgramDay.WEEKS
                && mockInterviews.history(learner).stream().noneMatch(mock -> mock.status() == MockStatus.COMPLETED
                        && mock.completedAt() != null && !mock.completedAt().isBefore(startOfToday));
    }

    private static boolean metBefore(QuestionMemory memory, Instant startOfToday) {
        return memory != null && memory.since().isBefore(startOfToday);
    }

    /** Mean recall of each topic's questions the learner has met; a topic never met counts as 0. */
    private static Map<String, Double> topicRecall(List<Question> questions, Map<String, QuestionMemory> memory) {
        var recall = new HashMap<String, Double>();
        questions.stream().collect(Collectors.groupingBy(Question::topic)).forEach((topic, ofTopic) -> recall.put(topic,
                ofTopic.stream().mapToDouble(question -> memory.containsKey(question.slug())
                        ? memory.get(question.slug()).retrievability() : 0).average().orElse(0)));
        return recall;
    }
}
