package uz.roadmap.curriculum.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import uz.roadmap.curriculum.Content.Bullet;
import uz.roadmap.curriculum.Content.Evidence;
import uz.roadmap.curriculum.Content.KeyPoint;
import uz.roadmap.curriculum.Content.Lab;
import uz.roadmap.curriculum.Content.Option;
import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.curriculum.Content.Quota;
import uz.roadmap.curriculum.Content.Roadmap;
import uz.roadmap.curriculum.Content.Level;
import uz.roadmap.curriculum.Content.LevelRules;
import uz.roadmap.curriculum.Content.MockInterviewRule;
import uz.roadmap.curriculum.Content.QuestionRule;
import uz.roadmap.curriculum.Content.Rules;
import uz.roadmap.curriculum.Content.SelfTestRule;
import uz.roadmap.curriculum.Content.SelfTestBlueprint;
import uz.roadmap.curriculum.Content.SelfTestItem;
import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.curriculum.Content.Topic;
import uz.roadmap.curriculum.Content.Week;
import uz.roadmap.curriculum.Content;
import uz.roadmap.curriculum.Source;
import uz.roadmap.shared.LocalizedText;

/**
 * Reads a roadmap folder ({@code content/<roadmap>/}) into {@link Content}, recording every
 * problem of form — malformed YAML, missing keys or languages, values out of range, grading terms
 * that match almost anything ({@link GradingTerms}) — with its line, and a warning for Uzbek text
 * that departs from the house style ({@link UzbekStyle}). Cross-references are checked afterwards
 * by {@link ContentValidator}.
 */
public final class ContentReader {

    private final Path root;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final List<ContentProblem> warnings = new ArrayList<>();
    private boolean unreadable;

    private ContentReader(Path root) {
        this.root = root;
    }

    /** Reads and validates the roadmap in the folder. */
    public static ReadContent read(Path roadmapFolder) {
        var reader = new ContentReader(roadmapFolder);
        var roadmap = reader.roadmap();
        if (!reader.unreadable) {
            // references are only worth checking when every file could be read
            roadmap.ifPresent(read -> reader.problems.addAll(ContentValidator.validate(read, roadmapFolder)));
        }
        var warnings = reader.warnings.stream().sorted(Comparator.comparing((ContentProblem warning) -> warning.source().file())
                .thenComparingInt(warning -> warning.source().line())).toList();
        return new ReadContent(roadmap.orElse(null), List.copyOf(reader.problems), warnings);
    }

    /**
     * A roadmap as read, with the problems found; only content without problems may be imported.
     * Warnings point at text to rewrite and do not stop an import.
     */
    public record ReadContent(@Nullable Roadmap roadmap, List<ContentProblem> problems, List<ContentProblem> warnings) {

        public boolean valid() {
            return roadmap != null && problems.isEmpty();
        }
    }

    private Optional<Roadmap> roadmap() {
        return file("roadmap.yaml").map(node -> {
            var rules = rules(node.required("rules"));
            var weeks = new ArrayList<Week>();
            var topics = new ArrayList<Topic>();
            var questions = new ArrayList<Question>();
            var selfTestItems = new ArrayList<SelfTestItem>();
            var tasks = new ArrayList<Task>();
            for (var folder : node.list("weeks")) {
                var directory = root.resolve("weeks").resolve(folder.text());
                if (!Files.isDirectory(directory)) {
                    folder.problem("week folder 'weeks/" + folder.text() + "' does not exist");
                    continue;
                }
                var prefix = "weeks/" + folder.text() + "/";
                file(prefix + "week.yaml").map(this::week).ifPresent(week -> {
                    weeks.add(week);
                    topics.addAll(items(prefix + "topics.yaml", topic -> topic(topic, week.number())));
                    questions.addAll(items(prefix + "questions.yaml", question -> question(question, week.number())));
                    selfTestItems.addAll(items(prefix + "self-test.yaml", item -> selfTestItem(item, week.number())));
                    tasks.addAll(items(prefix + "tasks.yaml", task -> task(task, week.number())));
                });
            }
            return new Roadmap(node.slug("slug"), node.localized("title"),
                    node.list("goal").stream().map(YamlNode::localized).toList(), node.localized("principle"), rules,
                    List.copyOf(weeks), List.copyOf(topics), List.copyOf(questions), List.copyOf(selfTestItems),
                    List.copyOf(tasks), node.source());
        });
    }

    private Rules rules(YamlNode rules) {
        var hours = rules.required("hoursPerDay");
        var mock = rules.required("mockInterview");
        var quotas = rules.list("newQuestionsPerDay").stream()
                .map(quota -> new Quota(quota.integer("week", 1, 52), quota.integer("count", 1, 100),
                        quota.get("from").map(from -> {
                            if (!from.text().equals("previous-weeks")) {
                                from.problem("'from' can only be 'previous-weeks'");
                            }
                            return true;
                        }).orElse(false)))
                .toList();
        var selfTests = rules.optionalList("selfTests").stream()
                .map(blueprint -> new SelfTestBlueprint(blueprint.integer("week", 1, 52), blueprint.integer("items", 1, 50),
                        blueprint.get("minutes").isPresent() ? blueprint.integer("minutes", 1, 240) : 0, blueprint.source()))
                .toList();
        var levels = rules.get("levels").map(this::levelRules).orElse(null);
        return new Rules(hours.integer("min", 1, 24), hours.integer("max", 1, 24), rules.flag("selfTestEveryWeek"),
                quotas, mock.integer("week", 1, 52), mock.flag("spoken"), selfTests, levels);
    }

    private LevelRules levelRules(YamlNode node) {
        return new LevelRules(node.integer("recall", 1, 99), node.list("rules").stream().map(level -> new Level(
                level.integer("level", 1, 3),
                level.get("questions").map(questions -> new QuestionRule(questions.integer("difficulty", 1, 3),
                        questions.integer("share", 1, 100), questions.integer("coverage", 0, 100))).orElse(null),
                level.get("selfTest").map(selfTest -> new SelfTestRule(selfTest.integer("percent", 0, 100),
                        selfTest.integer("cbm", -6, 3))).orElse(null),
                level.flag("labs"),
                level.get("mockInterview").map(mock -> new MockInterviewRule(mock.integer("percent", 0, 100),
                        mock.flag("orSignOff"))).orElse(null),
                level.source())).toList());
    }

    private Week week(YamlNode node) {
        return new Week(node.integer("number", 1, 52), node.slug("slug"), node.localized("title"),
                bullets(node.list("learn"), "topics"), bullets(node.list("practice"), "task"),
                bullets(node.list("interview"), "questions"), node.localized("outcome"), node.source());
    }

    private List<Bullet> bullets(List<YamlNode> bullets, String referenceKey) {
        return bullets.stream().map(bullet -> new Bullet(bullet.localized("text"),
                bullet.get(referenceKey).map(references -> references.isScalar()
                        ? List.of(references.text())
                        : references.list().stream().map(YamlNode::text).toList()).orElse(List.of()),
                bullet.source())).toList();
    }

    private Topic topic(YamlNode node, int week) {
        var levels = node.required("levels");
        var entries = levels.entries();
        var descriptions = new ArrayList<LocalizedText>();
        for (var level = 0; level <= 3; level++) {
            var description = entries.get(Integer.toString(level));
            if (description == null) {
                levels.problem("missing the description of level " + level);
                descriptions.add(new LocalizedText("", ""));
            }
            else {
                descriptions.add(description.localized());
            }
        }
        if (entries.size() > 4) {
            levels.problem("a topic has exactly four levels, 0 to 3");
        }
        return new Topic(node.slug("slug"), week, node.localized("title"), node.localized("summary"),
                List.copyOf(descriptions), node.source());
    }

    private Question question(YamlNode node, int week) {
        var keyPoints = node.list("keyPoints").stream()
                .map(point -> new KeyPoint(point.localized("text"), point.flag("essential"), terms(point)))
                .toList();
        return new Question(node.slug("slug"), week, node.text("topic"), node.integer("difficulty", 1, 3),
                node.flag("seed"), node.localized("prompt"), node.localized("answer"), keyPoints, node.source());
    }

    private static List<String> terms(YamlNode point) {
        var terms = point.optionalList("terms");
        if (terms.isEmpty()) {
            point.problem("a key point needs terms: without them no answer is ever seen to cover it");
        }
        return terms.stream().map(term -> {
            var text = term.text();
            GradingTerms.problem(text).ifPresent(term::problem);
            return text;
        }).toList();
    }

    private SelfTestItem selfTestItem(YamlNode node, int week) {
        var kind = node.text("kind");
        var options = node.optionalList("options").stream()
                .map(option -> new Option(option.localized("text"), option.flag("correct")))
                .toList();
        var accepted = node.texts("accepted");
        switch (kind) {
            case "choice" -> {
                if (options.size() < 2 || options.stream().noneMatch(Option::correct)) {
                    node.problem("a choice item needs at least two options and one correct option");
                }
            }
            case "short" -> {
                if (accepted.isEmpty()) {
                    node.problem("a short-answer item needs at least one accepted answer");
                }
            }
            default -> node.problem("kind must be 'choice' or 'short', not '" + kind + "'");
        }
        return new SelfTestItem(node.slug("slug"), week, node.text("topic"), kind, node.localized("prompt"), options,
                accepted, node.localized("explanation"), node.source());
    }

    private Task task(YamlNode node, int week) {
        var evidence = node.required("evidence");
        var kind = evidence.text("kind");
        if (!List.of("link", "file", "text", "sql").contains(kind)) {
            evidence.problem("evidence kind must be link, file, text or sql, not '" + kind + "'");
        }
        var lab = node.get("lab").map(this::lab).orElse(null);
        if (kind.equals("sql") && lab == null) {
            node.problem("a task with sql evidence needs a 'lab'");
        }
        return new Task(node.slug("slug"), week, node.texts("topics"), node.flag("seed"), node.localized("title"),
                node.list("steps").stream().map(YamlNode::localized).toList(), node.localized("done"),
                new Evidence(kind, evidence.localized("description")), lab, node.source());
    }

    private Lab lab(YamlNode lab) {
        var plan = lab.get("plan");
        var forbidden = plan.map(rules -> rules.get("forbid").map(node -> rules.texts("forbid")).orElse(List.<String>of()))
                .orElse(List.of());
        var required = plan.map(rules -> rules.get("require").map(node -> rules.texts("require")).orElse(List.<String>of()))
                .orElse(List.of());
        var setup = plan.flatMap(rules -> rules.get("reference_setup")).map(YamlNode::text).orElse(null);
        var factor = plan.flatMap(rules -> rules.get("max_buffers_factor")).map(node -> factor(node)).orElse(0.0);
        return new Lab(lab.text("dataset"), lab.flag("ordered"), lab.text("reference"), forbidden, required, setup, factor,
                lab.flag("named_columns"));
    }

    private static double factor(YamlNode node) {
        try {
            var factor = Double.parseDouble(node.text());
            if (factor >= 1 && factor <= 100) {
                return factor;
            }
        }
        catch (NumberFormatException notANumber) {
            // reported below
        }
        node.problem("max_buffers_factor must be a number from 1 to 100, not '" + node.text() + "'");
        return 0;
    }

    private <T> List<T> items(String file, Function<YamlNode, T> item) {
        return file(file).map(node -> node.list().stream().map(item).toList()).orElse(List.of());
    }

    private Optional<YamlNode> file(String file) {
        var path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(new ContentProblem(new Source(file, 1), "the file is missing"));
            unreadable = true;
            return Optional.empty();
        }
        var parsed = YamlNode.parse(path, file, problems, warnings);
        unreadable |= parsed.isEmpty();
        return parsed;
    }
}
