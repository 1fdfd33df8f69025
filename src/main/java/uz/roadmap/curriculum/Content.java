package uz.roadmap.curriculum;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

import uz.roadmap.shared.LocalizedText;

/**
 * A roadmap's content: what the files under {@code content/} are read into, what is imported into
 * the catalog, and what the read side returns. An item read from a file knows its {@link Source};
 * one read from the catalog does not, and the source never leaves the application.
 */
public final class Content {

    private Content() {
    }

    /** A roadmap and everything in it; items name their week by number. */
    public record Roadmap(String slug, LocalizedText title, List<LocalizedText> goal, LocalizedText principle,
            Rules rules, List<Week> weeks, List<Topic> topics, List<Question> questions,
            List<SelfTestItem> selfTestItems, List<Task> tasks, @JsonIgnore @Nullable Source source) implements Serializable {
    }

    /**
     * The seed's rules as data for the daily plan.
     *
     * @param newQuestionsPerDay the written-answer quota of each week
     * @param selfTests the blueprints declared for weekly self-tests; a week without one takes the standard one
     * @param levels what each competency level of a topic asks for; the standard rules unless declared
     */
    public record Rules(int minHoursPerDay, int maxHoursPerDay, boolean selfTestEveryWeek,
            List<Quota> newQuestionsPerDay, int mockInterviewWeek, boolean spokenMockInterview,
            List<SelfTestBlueprint> selfTests, @Nullable LevelRules levels) implements Serializable {

        public Rules {
            selfTests = selfTests == null ? List.of() : List.copyOf(selfTests);
            levels = levels == null ? LevelRules.standard() : levels;
        }

        public Rules(int minHoursPerDay, int maxHoursPerDay, boolean selfTestEveryWeek, List<Quota> newQuestionsPerDay,
                int mockInterviewWeek, boolean spokenMockInterview, List<SelfTestBlueprint> selfTests) {
            this(minHoursPerDay, maxHoursPerDay, selfTestEveryWeek, newQuestionsPerDay, mockInterviewWeek,
                    spokenMockInterview, selfTests, null);
        }

        /** The level rules, never null once constructed. */
        public LevelRules levelRules() {
            return java.util.Objects.requireNonNull(levels);
        }

        /** How the week's self-test is drawn: as declared for the week, else the standard blueprint. */
        public SelfTestBlueprint selfTest(int week) {
            return selfTests.stream().filter(blueprint -> blueprint.week() == week).findFirst()
                    .orElseGet(() -> SelfTestBlueprint.standard(week));
        }
    }

    /**
     * How a week's self-test is drawn.
     *
     * @param items how many of the week's items an attempt holds, balanced across the week's topics
     * @param minutes the time limit, 0 for none
     */
    public record SelfTestBlueprint(int week, int items, int minutes, @JsonIgnore @Nullable Source source) implements Serializable {

        /** All of the week's items, at most this many, without a time limit, unless the roadmap says otherwise. */
        public static final int STANDARD_ITEMS = 20;

        public static SelfTestBlueprint standard(int week) {
            return new SelfTestBlueprint(week, STANDARD_ITEMS, 0, null);
        }

        public Optional<Duration> timeLimit() {
            return minutes == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes));
        }
    }

    /**
     * The evidence each competency level of a topic asks for, beyond the level below it. Levels are
     * cumulative: a topic is at level 2 only while it also meets level 1.
     *
     * @param recall a question counts only while the learner's recall of it (FSRS retrievability, in
     *        percent) is at least this; below it the level is slipping
     * @param levels levels 1 to 3, in order
     */
    public record LevelRules(int recall, List<Level> levels) implements Serializable {

        public LevelRules {
            levels = levels == null ? List.of() : List.copyOf(levels);
        }

        /**
         * The standard rules of the 8-week roadmap: level 1 — most difficulty-1 questions answered
         * well and recalled now; level 2 — also the self-test items of the topic mostly right without
         * over-confidence, every lab passed and difficulty-2 questions answered; level 3 — also
         * difficulty-3 questions answered with high coverage and the topic passed in a mock interview
         * (or signed off by a mentor).
         */
        public static LevelRules standard() {
            return new LevelRules(85, List.of(
                    new Level(1, new QuestionRule(1, 80, 60), null, false, null, null),
                    new Level(2, new QuestionRule(2, 80, 60), new SelfTestRule(70, 0), true, null, null),
                    new Level(3, new QuestionRule(3, 80, 80), null, false, new MockInterviewRule(70, true), null)));
        }

        public Optional<Level> level(int number) {
            return levels.stream().filter(level -> level.level() == number).findFirst();
        }
    }

    /**
     * What one level asks for; a part left out asks nothing.
     *
     * @param labs whether every lab of the topic must be passed
     */
    public record Level(int level, @Nullable QuestionRule questions, @Nullable SelfTestRule selfTest, boolean labs,
            @Nullable MockInterviewRule mockInterview, @JsonIgnore @Nullable Source source) implements Serializable {
    }

    /**
     * Questions of the topic answered and remembered: at least {@code share} percent of its questions
     * of this difficulty (or, when it has none, of the next harder one it has) answered with at least
     * {@code coverage} percent of their key points, and recalled now.
     */
    public record QuestionRule(int difficulty, int share, int coverage) implements Serializable {
    }

    /** The topic's items in the learner's latest self-test mostly right: at least this percent, and a CBM score of at least {@code cbm}. */
    public record SelfTestRule(int percent, int cbm) implements Serializable {
    }

    /** The topic passed in a mock interview with at least this percent, or (when allowed) signed off by a mentor. */
    public record MockInterviewRule(int percent, boolean orSignOff) implements Serializable {
    }

    /** @param fromPreviousWeeks whether the week's new questions are drawn from all earlier weeks */
    public record Quota(int week, int count, boolean fromPreviousWeeks) implements Serializable {
    }

    /** A week as the seed has it: what to learn, practise and answer, and the outcome. */
    public record Week(int number, String slug, LocalizedText title, List<Bullet> learn, List<Bullet> practice,
            List<Bullet> interview, LocalizedText outcome, @JsonIgnore @Nullable Source source) implements Serializable {
    }

    /** A line of the seed; {@code references} are the topics, task or questions it stands for. */
    public record Bullet(LocalizedText text, List<String> references, @JsonIgnore @Nullable Source source) implements Serializable {
    }

    /** A row of the competency matrix; {@code levels} describes levels 0 to 3 for this topic. */
    public record Topic(String slug, int week, LocalizedText title, LocalizedText summary, List<LocalizedText> levels,
            Source source) implements Serializable {
    }

    public record Question(String slug, int week, String topic, int difficulty, boolean seed, LocalizedText prompt,
            LocalizedText answer, List<KeyPoint> keyPoints, @JsonIgnore @Nullable Source source) implements Serializable {
    }

    /** A point a good answer covers; {@code terms} suggest, in either language, that it is covered. */
    public record KeyPoint(LocalizedText text, boolean essential, List<String> terms) implements Serializable {
    }

    public record SelfTestItem(String slug, int week, String topic, String kind, LocalizedText prompt,
            List<Option> options, List<String> accepted, LocalizedText explanation, @JsonIgnore @Nullable Source source) implements Serializable {

        /** What the item asks, without its answer: no right options, accepted answers, explanation or slug (a slug may name the answer). */
        public SelfTestQuestion question() {
            return new SelfTestQuestion(week, topic, kind, prompt, options.stream().map(Option::text).toList());
        }
    }

    /**
     * A self-test item as anybody may read it: what it asks and its options, never its answer, which
     * only the marking of an attempt reveals.
     */
    public record SelfTestQuestion(int week, String topic, String kind, LocalizedText prompt, List<LocalizedText> options)
            implements Serializable {
    }

    public record Option(LocalizedText text, boolean correct) implements Serializable {
    }

    public record Task(String slug, int week, List<String> topics, boolean seed, LocalizedText title,
            List<LocalizedText> steps, LocalizedText done, Evidence evidence, @Nullable Lab lab, @JsonIgnore @Nullable Source source) implements Serializable {

        public Optional<Lab> optionalLab() {
            return Optional.ofNullable(lab);
        }
    }

    /** @param kind {@code link}, {@code file}, {@code text} or {@code sql} */
    public record Evidence(String kind, LocalizedText description) implements Serializable {
    }

    /**
     * An auto-graded SQL lab: the reference query and, for EXPLAIN labs, the plan rules.
     *
     * @param ordered whether the order the reference's ORDER BY defines counts
     * @param namedColumns whether the columns must carry the names the task asks for (else only their values count)
     * @param forbiddenPlanNodes plan nodes, such as {@code Seq Scan on orders}, a solution's plan must not have
     * @param requiredPlanNodes plan nodes a solution's plan must have
     * @param referenceSetup for an EXPLAIN lab, the reference solution's {@code CREATE INDEX} statements
     * @param maxBuffersFactor for an EXPLAIN lab, how many times the reference's buffers a solution's plan may touch
     */
    public record Lab(String dataset, boolean ordered, String reference, List<String> forbiddenPlanNodes,
            @Nullable List<String> requiredPlanNodes, @Nullable String referenceSetup, double maxBuffersFactor,
            boolean namedColumns) implements Serializable {

        /** How many times the reference's buffers a solution may touch when the lab declares nothing. */
        public static final double STANDARD_BUFFERS_FACTOR = 2.0;

        public Lab {
            forbiddenPlanNodes = forbiddenPlanNodes == null ? List.of() : List.copyOf(forbiddenPlanNodes);
            requiredPlanNodes = requiredPlanNodes == null ? List.of() : List.copyOf(requiredPlanNodes);
            maxBuffersFactor = maxBuffersFactor <= 0 ? STANDARD_BUFFERS_FACTOR : maxBuffersFactor;
        }

        public Lab(String dataset, boolean ordered, String reference, List<String> forbiddenPlanNodes) {
            this(dataset, ordered, reference, forbiddenPlanNodes, List.of(), null, STANDARD_BUFFERS_FACTOR, false);
        }

        /** Whether the lab grades the query's plan as well as its result. */
        public boolean explain() {
            return referenceSetup != null || !forbiddenPlanNodes.isEmpty() || !requiredPlanNodes().isEmpty();
        }

        @Override
        public List<String> requiredPlanNodes() {
            return requiredPlanNodes == null ? List.of() : requiredPlanNodes;
        }
    }
}
