package uz.roadmap.curriculum.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.curriculum.Content.Roadmap;
import uz.roadmap.curriculum.Content;
import uz.roadmap.curriculum.Source;

/**
 * Checks what a single file cannot: that slugs are unique across the roadmap, that every
 * reference (topic, task, question, week, dataset) points at something that exists, and that every
 * question carries a usable rubric.
 */
final class ContentValidator {

    static final int MIN_KEY_POINTS = 3;
    static final int MAX_KEY_POINTS = 7;

    private final Roadmap roadmap;
    private final Path root;
    private final List<ContentProblem> problems = new ArrayList<>();

    private ContentValidator(Roadmap roadmap, Path root) {
        this.roadmap = roadmap;
        this.root = root;
    }

    static List<ContentProblem> validate(Roadmap roadmap, Path root) {
        var validator = new ContentValidator(roadmap, root);
        validator.check();
        return validator.problems;
    }

    private void check() {
        unique("week", roadmap.weeks().stream(), Content.Week::slug, Content.Week::source);
        unique("topic", roadmap.topics().stream(), Content.Topic::slug, Content.Topic::source);
        unique("question", roadmap.questions().stream(), Question::slug, Question::source);
        unique("self-test item", roadmap.selfTestItems().stream(), Content.SelfTestItem::slug, Content.SelfTestItem::source);
        unique("task", roadmap.tasks().stream(), Content.Task::slug, Content.Task::source);

        var weekNumbers = roadmap.weeks().stream().map(Content.Week::number).toList();
        for (var number = 1; number <= weekNumbers.size(); number++) {
            if (!weekNumbers.contains(number)) {
                problems.add(new ContentProblem(roadmap.source(), "week " + number + " is missing: weeks are numbered 1 to "
                        + weekNumbers.size()));
            }
        }

        var topics = slugs(roadmap.topics().stream().map(Content.Topic::slug));
        var questions = slugs(roadmap.questions().stream().map(Question::slug));
        var tasks = slugs(roadmap.tasks().stream().map(Content.Task::slug));

        roadmap.questions().stream().forEach(question -> {
            known(topics, "topic", question.topic(), question.source());
            if (question.keyPoints().isEmpty()) {
                problems.add(new ContentProblem(question.source(), "question '" + question.slug() + "' has no key points"));
            }
            else if (question.keyPoints().size() < MIN_KEY_POINTS || question.keyPoints().size() > MAX_KEY_POINTS) {
                problems.add(new ContentProblem(question.source(), "question '" + question.slug() + "' has "
                        + question.keyPoints().size() + " key points; a rubric has " + MIN_KEY_POINTS + " to " + MAX_KEY_POINTS));
            }
        });
        roadmap.selfTestItems().stream().forEach(item -> known(topics, "topic", item.topic(), item.source()));
        roadmap.tasks().stream().forEach(task -> {
            task.topics().forEach(topic -> known(topics, "topic", topic, task.source()));
            task.optionalLab().ifPresent(lab -> {
                if (!Files.isRegularFile(root.resolve("datasets").resolve(lab.dataset() + ".sql"))) {
                    problems.add(new ContentProblem(task.source(), "dataset '" + lab.dataset()
                            + "' does not exist (expected datasets/" + lab.dataset() + ".sql)"));
                }
            });
        });
        roadmap.weeks().forEach(week -> {
            week.learn().forEach(bullet -> bullet.references().forEach(topic -> known(topics, "topic", topic, bullet.source())));
            week.practice().forEach(bullet -> bullet.references().forEach(task -> known(tasks, "task", task, bullet.source())));
            week.interview().forEach(bullet -> bullet.references()
                    .forEach(question -> known(questions, "question", question, bullet.source())));
        });
        roadmap.rules().newQuestionsPerDay().forEach(quota -> {
            if (!weekNumbers.contains(quota.week())) {
                problems.add(new ContentProblem(roadmap.source(), "the quota names week " + quota.week() + ", which does not exist"));
            }
        });
        selfTestBlueprints(weekNumbers);
        levelRules();
    }

    /** Levels 1 to 3 are each declared once and each asks for some evidence. */
    private void levelRules() {
        var declared = new HashMap<Integer, Source>();
        for (var level : roadmap.rules().levelRules().levels()) {
            var source = level.source() != null ? level.source() : roadmap.source();
            var first = declared.putIfAbsent(level.level(), source);
            if (first != null) {
                problems.add(new ContentProblem(source, "level " + level.level() + " is declared twice (first at " + first + ")"));
            }
            if (level.questions() == null && level.selfTest() == null && !level.labs() && level.mockInterview() == null) {
                problems.add(new ContentProblem(source, "level " + level.level()
                        + " asks for no evidence: give it questions, selfTest, labs or mockInterview"));
            }
        }
        for (var number = 1; number <= 3; number++) {
            if (!declared.containsKey(number)) {
                problems.add(new ContentProblem(roadmap.source(), "the level rules do not declare level " + number));
            }
        }
    }

    /** Each week's self-test blueprint names a week that exists, once, and asks for no more items than it has. */
    private void selfTestBlueprints(List<Integer> weekNumbers) {
        var declared = new HashMap<Integer, Source>();
        roadmap.rules().selfTests().forEach(blueprint -> {
            var source = blueprint.source() != null ? blueprint.source() : roadmap.source();
            var first = declared.putIfAbsent(blueprint.week(), source);
            if (first != null) {
                problems.add(new ContentProblem(source, "the self-test of week " + blueprint.week()
                        + " is declared twice (first at " + first + ")"));
            }
            if (!weekNumbers.contains(blueprint.week())) {
                problems.add(new ContentProblem(source, "the self-test blueprint names week " + blueprint.week()
                        + ", which does not exist"));
                return;
            }
            var available = roadmap.selfTestItems().stream().filter(item -> item.week() == blueprint.week()).count();
            if (blueprint.items() > available) {
                problems.add(new ContentProblem(source, "the self-test of week " + blueprint.week() + " asks for "
                        + blueprint.items() + " items; the week has " + available));
            }
        });
    }

    private <T> void unique(String kind, Stream<T> items, Function<T, String> slug, Function<T, Source> source) {
        var seen = new HashMap<String, Source>();
        items.forEach(item -> {
            var first = seen.putIfAbsent(slug.apply(item), source.apply(item));
            if (first != null) {
                problems.add(new ContentProblem(source.apply(item),
                        "duplicate " + kind + " slug '" + slug.apply(item) + "' (first at " + first + ")"));
            }
        });
    }

    private void known(Set<String> slugs, String kind, String slug, Source source) {
        if (!slugs.contains(slug)) {
            problems.add(new ContentProblem(source, "unknown " + kind + " '" + slug + "'"));
        }
    }

    private static Set<String> slugs(Stream<String> slugs) {
        return slugs.collect(Collectors.toSet());
    }
}
