package uz.roadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uz.roadmap.curriculum.Content.LevelRules;
import uz.roadmap.progress.TopicProgress.Action;
import uz.roadmap.progress.TopicProgress.Evidence;
import uz.roadmap.progress.TopicProgress.Status;
import uz.roadmap.shared.LocalizedText;

/**
 * The standard level rules applied to a topic with three easy, two medium and one hard question
 * and one lab.
 */
class LevelsTests {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final LevelRules RULES = LevelRules.standard();
    private static final Levels.Topic TOPIC = new Levels.Topic("tcp", 1, new LocalizedText("TCP", "TCP"),
            List.of(new Levels.Question("e1", 1), new Levels.Question("e2", 1), new Levels.Question("e3", 1),
                    new Levels.Question("m1", 2), new Levels.Question("m2", 2), new Levels.Question("h1", 3)),
            List.of("count-segments"), true);
    private static final Set<EvidenceKind> TODAY = EnumSet.of(EvidenceKind.QUESTIONS, EvidenceKind.SELF_TEST);

    @Test
    void withoutEvidenceATopicIsAtLevelZeroAndLevelOneAsksForItsEasyQuestions() {
        var progress = Levels.of(RULES, TOPIC, facts(Map.of(), Map.of(), Map.of(), List.of(), TODAY));

        assertThat(progress.level()).isZero();
        assertThat(progress.toNext()).isZero();
        var questions = progress.levels().getFirst().requirements().getFirst();
        assertThat(questions.status()).isEqualTo(Status.MISSING);
        assertThat(questions.actions()).startsWith(new Action("answer-questions", "1", 3))
                .contains(new Action("answer-question", "e1", 1));
    }

    @Test
    void easyQuestionsAnsweredWellAndRecalledMakeLevelOneWithThemAsEvidence() {
        var progress = Levels.of(RULES, TOPIC, facts(answers(90, "e1", "e2", "e3"), recall(0.95, "e1", "e2", "e3"),
                Map.of(), List.of(), TODAY));

        assertThat(progress.level()).isEqualTo(1);
        assertThat(progress.slipping()).isFalse();
        assertThat(progress.levels().getFirst().requirements().getFirst().evidence()).extracting(Evidence::subject)
                .containsExactly("e1", "e2", "e3");
    }

    @Test
    void aTopicWhoseRecallDecayedIsSlippingAndAsksForReviews() {
        var progress = Levels.of(RULES, TOPIC, facts(answers(90, "e1", "e2", "e3"), Map.of("e1", 0.95, "e2", 0.95, "e3", 0.6),
                Map.of(), List.of(), TODAY));

        assertThat(progress.level()).isZero();
        assertThat(progress.reached()).isEqualTo(1);
        assertThat(progress.slipping()).isTrue();
        assertThat(progress.levels().getFirst().requirements().getFirst().actions())
                .containsExactly(new Action("review-question", "e3", 1));
    }

    @Test
    void poorlyCoveredAnswersDoNotCount() {
        var progress = Levels.of(RULES, TOPIC, facts(answers(40, "e1", "e2", "e3"), recall(0.95, "e1", "e2", "e3"),
                Map.of(), List.of(), TODAY));

        assertThat(progress.level()).isZero();
        assertThat(progress.reached()).isZero();
    }

    @Test
    void levelTwoWaitsForLabsThatNoModuleGradesYet() {
        var answers = answers(90, "e1", "e2", "e3", "m1", "m2");
        var progress = Levels.of(RULES, TOPIC, facts(answers, recall(0.95, "e1", "e2", "e3", "m1", "m2"),
                Map.of("tcp", new Levels.SelfTestScore("tcp", 1, 80, 5, NOW)), List.of(), TODAY));

        assertThat(progress.level()).isEqualTo(1);
        var levelTwo = progress.levels().get(1);
        assertThat(levelTwo.requirements()).extracting(TopicProgress.Requirement::kind, TopicProgress.Requirement::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("questions", Status.MET),
                        org.assertj.core.groups.Tuple.tuple("selfTest", Status.MET),
                        org.assertj.core.groups.Tuple.tuple("labs", Status.NOT_YET_AVAILABLE));
        assertThat(levelTwo.notYetAvailable()).isTrue();
    }

    @Test
    void overConfidentSelfTestAnswersKeepLevelTwoAway() {
        var progress = Levels.of(RULES, TOPIC.withoutLabs(), facts(answers(90, "e1", "e2", "e3", "m1", "m2"),
                recall(0.95, "e1", "e2", "e3", "m1", "m2"), Map.of("tcp", new Levels.SelfTestScore("tcp", 1, 80, -2, NOW)),
                List.of(), TODAY));

        assertThat(progress.level()).isEqualTo(1);
        assertThat(progress.levels().get(1).requirements().get(1).actions())
                .containsExactly(new Action("take-self-test", "1", 1));
    }

    @Test
    void levelThreeNeedsAMockInterviewOrASignOffOnceTheyAreGathered() {
        var everything = EnumSet.allOf(EvidenceKind.class);
        var answers = answers(90, "e1", "e2", "e3", "m1", "m2", "h1");
        var recall = recall(0.95, "e1", "e2", "e3", "m1", "m2", "h1");
        var selfTest = Map.of("tcp", new Levels.SelfTestScore("tcp", 1, 80, 5, NOW));
        var lab = new Levels.Outcome(EvidenceKind.LAB, "tcp", "count-segments", true, 100, NOW);

        assertThat(Levels.of(RULES, TOPIC, facts(answers, recall, selfTest, List.of(lab), everything)).level()).isEqualTo(2);
        var signedOff = new Levels.Outcome(EvidenceKind.SIGN_OFF, "tcp", "mentor", true, 100, NOW);
        assertThat(Levels.of(RULES, TOPIC, facts(answers, recall, selfTest, List.of(lab, signedOff), everything)).level())
                .isEqualTo(3);
    }

    @Test
    void aTopicWithoutQuestionsOfADifficultyCountsItsNextHarderOnes() {
        var noEasy = new Levels.Topic("replication", 4, new LocalizedText("R", "R"),
                List.of(new Levels.Question("m1", 2), new Levels.Question("h1", 3)), List.of(), false);

        assertThat(Levels.pool(RULES.level(1).orElseThrow().questions(), noEasy)).extracting(Levels.Question::slug)
                .containsExactly("m1");
    }

    private static Levels.Facts facts(Map<String, Levels.Answer> answers, Map<String, Double> recall,
            Map<String, Levels.SelfTestScore> selfTests, List<Levels.Outcome> outcomes, Set<EvidenceKind> available) {
        return new Levels.Facts(answers, recall, selfTests, outcomes, available);
    }

    private static Map<String, Levels.Answer> answers(int coverage, String... questions) {
        return java.util.Arrays.stream(questions).collect(java.util.stream.Collectors.toMap(question -> question,
                question -> new Levels.Answer(question, coverage, NOW)));
    }

    private static Map<String, Double> recall(double recall, String... questions) {
        return java.util.Arrays.stream(questions).collect(java.util.stream.Collectors.toMap(question -> question, question -> recall));
    }
}
