package uz.roadmap.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import uz.roadmap.assessment.AttemptStatus;
import uz.roadmap.assessment.AttemptSummary;
import uz.roadmap.assessment.Score;
import uz.roadmap.assessment.SelfTests;
import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.curriculum.QuestionFilter;
import uz.roadmap.review.ReviewProgress;

/**
 * What a learner has done of each week of the program: the week's questions they have answered in
 * writing, and how their self-test at it went — for the roadmap's pages.
 */
@Service
public class ProgramProgress {

    private final Curriculum curriculum;
    private final ReviewProgress reviews;
    private final SelfTests selfTests;

    ProgramProgress(Curriculum curriculum, ReviewProgress reviews, SelfTests selfTests) {
        this.curriculum = curriculum;
        this.reviews = reviews;
        this.selfTests = selfTests;
    }

    /**
     * One week, as far as the learner has got.
     *
     * @param answeredQuestions the slugs of the week's questions the learner has answered
     * @param selfTest the latest closed self-test attempt's score, if any
     * @param selfTestOpen whether an attempt at the week's self-test is open
     */
    public record WeekDone(int week, int questions, Set<String> answeredQuestions, @Nullable Score selfTest,
            boolean selfTestOpen) {

        public int answered() {
            return answeredQuestions.size();
        }

        public int percentAnswered() {
            return questions == 0 ? 0 : Math.round(answered() * 100f / questions);
        }
    }

    /** Every week of the roadmap. */
    public List<WeekDone> weeks(UUID learner) {
        var answered = reviews.answered(learner, DailyPlan.ROADMAP);
        var attempts = selfTests.history(learner, DailyPlan.ROADMAP, null).stream()
                .collect(Collectors.groupingBy(AttemptSummary::week));
        return curriculum.roadmap(DailyPlan.ROADMAP).stream()
                .flatMap(roadmap -> roadmap.weeks().stream())
                .map(week -> done(week.number(), answered, attempts.getOrDefault(week.number(), List.of())))
                .toList();
    }

    /** One week of the roadmap; nothing when there is no such week. */
    public Optional<WeekDone> week(UUID learner, int week) {
        return curriculum.week(DailyPlan.ROADMAP, week).map(found -> done(week, reviews.answered(learner, DailyPlan.ROADMAP),
                selfTests.history(learner, DailyPlan.ROADMAP, week)));
    }

    private WeekDone done(int week, Set<String> answered, List<AttemptSummary> attempts) {
        var questions = curriculum.questions(DailyPlan.ROADMAP, new QuestionFilter(week, null, null), 0,
                Curriculum.MAX_PAGE_SIZE).items().stream().map(Question::slug).toList();
        var latest = attempts.stream().filter(attempt -> attempt.score() != null).reduce((first, second) -> second)
                .map(AttemptSummary::score).orElse(null);
        return new WeekDone(week, questions.size(),
                questions.stream().filter(answered::contains).collect(Collectors.toUnmodifiableSet()), latest,
                attempts.stream().anyMatch(attempt -> attempt.status() == AttemptStatus.STARTED));
    }
}
