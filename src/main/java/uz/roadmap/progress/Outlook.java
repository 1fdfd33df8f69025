package uz.roadmap.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Profile;
import uz.roadmap.account.Role;
import uz.roadmap.plan.StudyHistory;
import uz.roadmap.review.Forgetting;
import uz.roadmap.review.ReviewManagement;

/**
 * Looking ahead and back: readiness for the interview date, activity and streaks, and the
 * mentor's board of a cohort.
 */
@Service
public class Outlook {

    /** The program's length in days. */
    static final int PROGRAM_DAYS = 56;
    static final int STANDARD_STREAK_MINIMUM = 10;
    private static final int INACTIVE_DAYS = 3;

    private final Competencies competencies;
    private final EvidenceLog log;
    private final AccountManagement accounts;
    private final ReviewManagement reviews;
    private final StudyHistory study;
    private final Syllabus syllabus;
    private final Clock clock;

    Outlook(Competencies competencies, EvidenceLog log, AccountManagement accounts, ReviewManagement reviews,
            StudyHistory study, Syllabus syllabus, Clock clock) {
        this.competencies = competencies;
        this.log = log;
        this.accounts = accounts;
        this.reviews = reviews;
        this.study = study;
        this.syllabus = syllabus;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Readiness> readiness(UUID learner, String roadmap) {
        var profile = profile(learner);
        var today = clock.instant().atZone(profile.timeZone()).toLocalDate();
        return competencies.matrix(learner, roadmap).map(matrix -> {
            var programEnd = profile.programStart() == null ? null : profile.programStart().plusDays(PROGRAM_DAYS - 1);
            var target = profile.interviewDate() != null ? profile.interviewDate() : programEnd;
            var at = (target == null ? today : target).atStartOfDay(profile.timeZone()).toInstant();
            var cards = log.cards(learner, roadmap);
            var topicOf = syllabus.of(roadmap).map(Syllabus.Shape::topicOfQuestion).orElse(java.util.Map.of());
            var recall = new HashMap<String, List<Double>>();
            cards.forEach(card -> {
                var topic = topicOf.get(card.question());
                if (topic != null) {
                    recall.computeIfAbsent(topic, key -> new ArrayList<>())
                            .add(Forgetting.retrievability(card.stability(), card.lastReview(), at));
                }
            });
            var topics = matrix.topics().stream().map(topic -> new Readiness.TopicOutlook(topic.topic(), topic.title(),
                    topic.level(), topic.slipping(), (int) Math.round(100 * recall.getOrDefault(topic.topic(), List.of())
                            .stream().mapToDouble(Double::doubleValue).average().orElse(0)))).toList();
            var levels = matrix.topics().stream().mapToInt(TopicProgress::level).sum();
            var toGo = 3 * matrix.topics().size() - levels;
            var daysIn = profile.programStart() == null ? 0 : ChronoUnit.DAYS.between(profile.programStart(), today) + 1;
            var pace = daysIn <= 0 ? 0 : levels / (double) daysIn;
            var allAtThree = toGo == 0 ? today : pace == 0 ? null : today.plusDays((long) Math.ceil(toGo / pace));
            var focus = topics.stream()
                    .sorted(Comparator.comparingInt(Readiness.TopicOutlook::level).thenComparingInt(Readiness.TopicOutlook::recall))
                    .limit(3).toList();
            Readiness.Verdict verdict;
            if (toGo == 0 && topics.stream().allMatch(topic -> topic.recall() >= 85)) {
                verdict = Readiness.Verdict.READY;
            }
            else if (target == null) {
                verdict = Readiness.Verdict.NO_DATE;
            }
            else if (allAtThree != null && !allAtThree.isAfter(target)) {
                verdict = Readiness.Verdict.ON_TRACK;
            }
            else {
                verdict = Readiness.Verdict.BEHIND;
            }
            return new Readiness(target, profile.interviewDate(), programEnd, topics, Math.round(pace * 100) / 100.0, toGo,
                    allAtThree, verdict, focus);
        });
    }

    @Transactional(readOnly = true)
    public ActivityReport activity(UUID learner) {
        var profile = profile(learner);
        var now = clock.instant();
        var today = now.atZone(profile.timeZone()).toLocalDate();
        var first = today.minusDays(364);
        var kept = log.days(learner, first, today).stream().collect(Collectors.toMap(EvidenceLog.Day::day, day -> day));
        var minutes = study.minutesPerDay(learner);
        var days = first.datesUntil(today.plusDays(1)).map(date -> {
            var day = kept.get(date);
            return new ActivityReport.Day(date, day == null ? 0 : day.reviews(), day == null ? 0 : day.answers(),
                    minutes.getOrDefault(date, 0L));
        }).toList();
        var minimum = log.streakMinimum(learner, STANDARD_STREAK_MINIMUM);
        var retention = log.retention(learner, now.minus(Duration.ofDays(30)));
        var desired = (int) Math.round(reviews.settings(learner).desiredRetention() * 100);
        var due = log.dueByDay(learner, profile.timeZone(), today, today.plusDays(29));
        return new ActivityReport(days, streak(days, minimum), minimum, profile.dailyHoursGoal(),
                new ActivityReport.Retention(retention.reviews(), retention.recalled(),
                        retention.reviews() == 0 ? 0 : Math.round(retention.recalled() * 100f / retention.reviews()), desired),
                today.datesUntil(today.plusDays(30)).map(date -> new ActivityReport.DueDay(date, due.getOrDefault(date, 0)))
                        .toList());
    }

    /** Days in a row meeting the minimum, ending today, or yesterday while today has not met it yet. */
    static int streak(List<ActivityReport.Day> days, int minimum) {
        var streak = 0;
        for (var index = days.size() - 1; index >= 0; index--) {
            if (days.get(index).reviews() >= minimum) {
                streak++;
            }
            else if (index != days.size() - 1) {
                break;
            }
        }
        return streak;
    }

    @Transactional
    public void chooseStreakMinimum(UUID learner, int minimum) {
        log.chooseStreakMinimum(learner, minimum);
    }

    /** The cohort's board, as the caller may see it; nothing when the cohort is not theirs (or does not exist). */
    @Transactional(readOnly = true)
    public Optional<CohortBoard> board(UUID cohort, UUID caller, Role role, String roadmap) {
        var seen = accounts.cohortsSeenBy(caller, role).stream().filter(found -> found.id().equals(cohort)).findFirst();
        return seen.flatMap(found -> accounts.learnersOf(cohort, caller, role).map(members -> {
            var topics = syllabus.of(roadmap).map(shape -> shape.topics().stream().map(Levels.Topic::slug).toList())
                    .orElse(List.of());
            var rows = members.stream().map(member -> {
                var matrix = competencies.matrix(member.learner(), roadmap);
                var levels = matrix.map(shown -> shown.topics().stream().map(TopicProgress::level).toList()).orElse(List.of());
                var slipping = matrix.map(shown -> (int) shown.slipping()).orElse(0);
                var zone = profile(member.learner()).timeZone();
                var today = clock.instant().atZone(zone).toLocalDate();
                var last = log.lastActive(member.learner()).orElse(null);
                var days = log.days(member.learner(), today.minusDays(400), today).stream()
                        .map(day -> new ActivityReport.Day(day.day(), day.reviews(), day.answers(), 0)).toList();
                var streak = streak(fill(days, today.minusDays(400), today),
                        log.streakMinimum(member.learner(), STANDARD_STREAK_MINIMUM));
                var inactive = last == null || ChronoUnit.DAYS.between(last, today) >= INACTIVE_DAYS;
                return new CohortBoard.Row(member.learner(), member.displayName(), levels, slipping, last, streak,
                        inactive || slipping > 0);
            }).toList();
            return new CohortBoard(cohort, found.name(), topics, rows);
        }));
    }

    private static List<ActivityReport.Day> fill(List<ActivityReport.Day> kept, LocalDate first, LocalDate last) {
        var byDate = kept.stream().collect(Collectors.toMap(ActivityReport.Day::date, day -> day));
        return first.datesUntil(last.plusDays(1))
                .map(date -> byDate.getOrDefault(date, new ActivityReport.Day(date, 0, 0, 0))).toList();
    }

    private Profile profile(UUID learner) {
        return accounts.profile(learner).orElseGet(() -> new Profile("?", Profile.DEFAULT_LANGUAGE,
                Profile.DEFAULT_TIME_ZONE, null, null, Profile.DEFAULT_DAILY_HOURS));
    }
}
