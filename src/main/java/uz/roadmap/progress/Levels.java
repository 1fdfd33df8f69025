package uz.roadmap.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uz.roadmap.curriculum.Content.Level;
import uz.roadmap.curriculum.Content.LevelRules;
import uz.roadmap.curriculum.Content.MockInterviewRule;
import uz.roadmap.curriculum.Content.QuestionRule;
import uz.roadmap.curriculum.Content.SelfTestRule;
import uz.roadmap.progress.TopicProgress.Action;
import uz.roadmap.progress.TopicProgress.Evidence;
import uz.roadmap.progress.TopicProgress.LevelCheck;
import uz.roadmap.progress.TopicProgress.Requirement;
import uz.roadmap.progress.TopicProgress.Status;
import uz.roadmap.shared.LocalizedText;

/**
 * The roadmap's level rules applied to one topic and a learner's evidence. Plain Java: the facts
 * come in, the topic's levels with their evidence and missing actions come out.
 */
final class Levels {

    private Levels() {
    }

    /** A topic as the rules need it: its questions by difficulty, its labs, whether it has self-test items. */
    record Topic(String slug, int week, LocalizedText title, List<Question> questions, List<String> labs,
            boolean selfTested) {

        Topic withoutLabs() {
            return new Topic(slug, week, title, questions, List.of(), selfTested);
        }
    }

    record Question(String slug, int difficulty) {
    }

    /**
     * What is known of one learner.
     *
     * @param answers the best rated answer to each question, by question
     * @param recall the probability of recalling each question's card now, by question
     * @param selfTests the latest self-test score of each topic, by topic
     * @param available the kinds of evidence some module gathers
     */
    record Facts(Map<String, Answer> answers, Map<String, Double> recall, Map<String, SelfTestScore> selfTests,
            List<Outcome> outcomes, Set<EvidenceKind> available) {
    }

    record Answer(String question, int coverage, Instant at) {
    }

    record SelfTestScore(String topic, int week, int percent, int cbm, Instant at) {
    }

    record Outcome(EvidenceKind kind, String topic, String subject, boolean passed, int percent, Instant at) {
    }

    static TopicProgress of(LevelRules rules, Topic topic, Facts facts) {
        var checks = new ArrayList<LevelCheck>();
        var level = 0;
        var reached = 0;
        var holding = true;
        var held = true;
        for (var number = 1; number <= 3; number++) {
            var declared = rules.level(number);
            var now = declared.map(rule -> check(rule, rules.recall(), topic, facts, true)).orElse(List.of());
            var ignoringRecall = declared.map(rule -> check(rule, rules.recall(), topic, facts, false)).orElse(List.of());
            var met = now.stream().allMatch(requirement -> requirement.status() == Status.MET);
            holding = holding && met;
            held = held && ignoringRecall.stream().allMatch(requirement -> requirement.status() == Status.MET);
            level = holding ? number : level;
            reached = held ? number : reached;
            checks.add(new LevelCheck(number, met, now));
        }
        var toNext = level == 3 ? 1.0 : checks.get(level).requirements().stream().mapToDouble(Requirement::done)
                .average().orElse(1.0);
        return new TopicProgress(topic.slug(), topic.week(), topic.title(), level, reached, toNext, List.copyOf(checks));
    }

    private static List<Requirement> check(Level rule, int recallPercent, Topic topic, Facts facts, boolean withRecall) {
        var requirements = new ArrayList<Requirement>();
        if (rule.questions() != null) {
            requirements.add(questions(rule.questions(), withRecall ? recallPercent / 100.0 : 0, topic, facts));
        }
        if (rule.selfTest() != null) {
            requirements.add(selfTest(rule.selfTest(), topic, facts));
        }
        if (rule.labs()) {
            requirements.add(labs(topic, facts));
        }
        if (rule.mockInterview() != null) {
            requirements.add(mockInterview(rule.mockInterview(), topic, facts));
        }
        return List.copyOf(requirements);
    }

    /** The topic's questions the rule counts: of its difficulty, else of the next harder difficulty the topic has. */
    static List<Question> pool(QuestionRule rule, Topic topic) {
        return topic.questions().stream().map(Question::difficulty).filter(difficulty -> difficulty >= rule.difficulty())
                .min(Integer::compare)
                .map(difficulty -> topic.questions().stream().filter(question -> question.difficulty() == difficulty).toList())
                .orElse(List.of());
    }

    private static Requirement questions(QuestionRule rule, double recallThreshold, Topic topic, Facts facts) {
        if (!facts.available().contains(EvidenceKind.QUESTIONS)) {
            return unavailable("questions");
        }
        var pool = pool(rule, topic);
        if (pool.isEmpty()) {
            return new Requirement("questions", Status.MET, 1, List.of(), List.of());
        }
        var needed = Math.max(1, (int) Math.ceil(pool.size() * rule.share() / 100.0));
        var evidence = new ArrayList<Evidence>();
        var slipping = new ArrayList<Action>();
        var toAnswer = new ArrayList<Question>();
        for (var question : pool) {
            var answer = facts.answers().get(question.slug());
            var recall = facts.recall().getOrDefault(question.slug(), 0.0);
            if (answer == null || answer.coverage() < rule.coverage()) {
                toAnswer.add(question);
            }
            else if (recall < recallThreshold) {
                slipping.add(new Action("review-question", question.slug(), 1));
            }
            else {
                evidence.add(new Evidence("answer", question.slug(), answer.coverage(), percent(recall), null, answer.at()));
            }
        }
        var done = Math.min(1.0, evidence.size() / (double) needed);
        if (evidence.size() >= needed) {
            return new Requirement("questions", Status.MET, 1, List.copyOf(evidence), List.of());
        }
        var actions = new ArrayList<Action>(slipping.subList(0, Math.min(slipping.size(), needed - evidence.size())));
        var more = needed - evidence.size() - actions.size();
        if (more > 0) {
            toAnswer.sort(Comparator.comparing(question -> facts.answers().containsKey(question.slug())));
            actions.add(new Action("answer-questions", String.valueOf(pool.getFirst().difficulty()), more));
            toAnswer.stream().limit(more).forEach(question -> actions.add(new Action("answer-question", question.slug(), 1)));
        }
        return new Requirement("questions", Status.MISSING, done, List.copyOf(evidence), List.copyOf(actions));
    }

    private static int percent(double fraction) {
        return (int) Math.floor(fraction * 100);
    }

    private static Requirement selfTest(SelfTestRule rule, Topic topic, Facts facts) {
        if (!facts.available().contains(EvidenceKind.SELF_TEST)) {
            return unavailable("selfTest");
        }
        if (!topic.selfTested()) {
            return new Requirement("selfTest", Status.MET, 1, List.of(), List.of());
        }
        var latest = facts.selfTests().get(topic.slug());
        var take = List.of(new Action("take-self-test", String.valueOf(topic.week()), 1));
        if (latest == null) {
            return new Requirement("selfTest", Status.MISSING, 0, List.of(), take);
        }
        var evidence = List.of(new Evidence("selfTest", String.valueOf(latest.week()), latest.percent(), null, latest.cbm(),
                latest.at()));
        if (latest.percent() >= rule.percent() && latest.cbm() >= rule.cbm()) {
            return new Requirement("selfTest", Status.MET, 1, evidence, List.of());
        }
        return new Requirement("selfTest", Status.MISSING, Math.min(0.99, latest.percent() / (double) Math.max(1, rule.percent())),
                evidence, take);
    }

    private static Requirement labs(Topic topic, Facts facts) {
        if (topic.labs().isEmpty()) {
            return new Requirement("labs", Status.MET, 1, List.of(), List.of());
        }
        if (!facts.available().contains(EvidenceKind.LAB)) {
            return unavailable("labs");
        }
        var evidence = new ArrayList<Evidence>();
        var actions = new ArrayList<Action>();
        for (var lab : topic.labs()) {
            var passed = facts.outcomes().stream()
                    .filter(outcome -> outcome.kind() == EvidenceKind.LAB && outcome.subject().equals(lab) && outcome.passed())
                    .findFirst();
            passed.ifPresentOrElse(outcome -> evidence.add(new Evidence("lab", lab, outcome.percent(), null, null, outcome.at())),
                    () -> actions.add(new Action("pass-lab", lab, 1)));
        }
        return new Requirement("labs", actions.isEmpty() ? Status.MET : Status.MISSING,
                evidence.size() / (double) topic.labs().size(), List.copyOf(evidence), List.copyOf(actions));
    }

    private static Requirement mockInterview(MockInterviewRule rule, Topic topic, Facts facts) {
        var mock = facts.available().contains(EvidenceKind.MOCK_INTERVIEW);
        var signOff = rule.orSignOff() && facts.available().contains(EvidenceKind.SIGN_OFF);
        if (!mock && !signOff) {
            return unavailable("mockInterview");
        }
        var met = facts.outcomes().stream()
                .filter(outcome -> outcome.topic().equals(topic.slug()) && outcome.passed()
                        && (mock && outcome.kind() == EvidenceKind.MOCK_INTERVIEW && outcome.percent() >= rule.percent()
                                || signOff && outcome.kind() == EvidenceKind.SIGN_OFF))
                .max(Comparator.comparing(Outcome::at));
        return met.map(outcome -> new Requirement("mockInterview", Status.MET, 1,
                        List.of(new Evidence(outcome.kind() == EvidenceKind.SIGN_OFF ? "signOff" : "mockInterview",
                                outcome.subject(), outcome.percent(), null, null, outcome.at())),
                        List.<Action>of()))
                .orElseGet(() -> new Requirement("mockInterview", Status.MISSING, 0, List.of(),
                        List.of(new Action("mock-interview", topic.slug(), 1))));
    }

    private static Requirement unavailable(String kind) {
        return new Requirement(kind, Status.NOT_YET_AVAILABLE, 0, List.of(), List.of());
    }
}
