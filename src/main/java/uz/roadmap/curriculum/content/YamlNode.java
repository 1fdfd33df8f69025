package uz.roadmap.curriculum.content;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import uz.roadmap.curriculum.Source;
import uz.roadmap.shared.LocalizedText;

/**
 * A node of a content file that remembers its line. Reading a missing or mistyped value records a
 * {@link ContentProblem} and returns an empty value, so one pass reports every problem of a file.
 * Reading an Uzbek text records a warning for each departure from the {@link UzbekStyle}.
 */
final class YamlNode {

    private final Node node;
    private final String file;
    private final List<ContentProblem> problems;
    private final List<ContentProblem> warnings;

    private YamlNode(Node node, String file, List<ContentProblem> problems, List<ContentProblem> warnings) {
        this.node = node;
        this.file = file;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** The root of a file, or nothing when it cannot be parsed (the problem is recorded). */
    static Optional<YamlNode> parse(Path path, String file, List<ContentProblem> problems, List<ContentProblem> warnings) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            var root = new Yaml(options).compose(reader);
            if (root == null) {
                problems.add(new ContentProblem(new Source(file, 1), "the file is empty"));
                return Optional.empty();
            }
            return Optional.of(new YamlNode(root, file, problems, warnings));
        }
        catch (MarkedYAMLException malformed) {
            var mark = malformed.getProblemMark();
            problems.add(new ContentProblem(new Source(file, mark == null ? 1 : mark.getLine() + 1),
                    "malformed YAML: " + malformed.getProblem()));
            return Optional.empty();
        }
        catch (IOException unreadable) {
            problems.add(new ContentProblem(new Source(file, 1), "cannot read the file: " + unreadable.getMessage()));
            return Optional.empty();
        }
    }

    Source source() {
        return new Source(file, node.getStartMark().getLine() + 1);
    }

    void problem(String message) {
        problems.add(new ContentProblem(source(), message));
    }

    /** The entries of a mapping node, in file order; a duplicate key is a problem. */
    Map<String, YamlNode> entries() {
        var entries = new LinkedHashMap<String, YamlNode>();
        if (!(node instanceof MappingNode mapping)) {
            problem("expected a mapping of keys to values");
            return entries;
        }
        for (var tuple : mapping.getValue()) {
            var key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            var value = new YamlNode(tuple.getValueNode(), file, problems, warnings);
            if (entries.put(key, value) != null) {
                new YamlNode(tuple.getKeyNode(), file, problems, warnings).problem("duplicate key '" + key + "'");
            }
        }
        return entries;
    }

    Optional<YamlNode> get(String key) {
        return Optional.ofNullable(entries().get(key));
    }

    YamlNode required(String key) {
        var value = get(key);
        if (value.isEmpty()) {
            problem("missing '" + key + "'");
        }
        // an empty stand-in whose own problems are not reported: the missing key already is
        return value.orElseGet(() -> new YamlNode(
                new ScalarNode(Tag.NULL, "", node.getStartMark(), node.getEndMark(), ScalarStyle.PLAIN), file,
                new ArrayList<>(), new ArrayList<>()));
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    String text() {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        problem("expected a text");
        return "";
    }

    String text(String key) {
        return required(key).text();
    }

    int integer(String key, int minimum, int maximum) {
        var value = required(key);
        try {
            var number = Integer.parseInt(value.text());
            if (number < minimum || number > maximum) {
                value.problem("'" + key + "' must be between " + minimum + " and " + maximum + ", not " + number);
            }
            return number;
        }
        catch (NumberFormatException notANumber) {
            value.problem("'" + key + "' must be a whole number");
            return minimum;
        }
    }

    boolean flag(String key) {
        return get(key).map(value -> {
            var text = value.text();
            if (!text.equals("true") && !text.equals("false")) {
                value.problem("'" + key + "' must be true or false");
            }
            return text.equals("true");
        }).orElse(false);
    }

    /** Both languages of a text; a missing or empty language is a problem. */
    LocalizedText localized(String key) {
        return required(key).localized();
    }

    LocalizedText localized() {
        var entries = entries();
        return new LocalizedText(language(entries, "uz"), language(entries, "en"));
    }

    private String language(Map<String, YamlNode> entries, String language) {
        var value = entries.get(language);
        if (value == null || value.text().isEmpty()) {
            problem("missing language '" + language + "'");
            return "";
        }
        var text = value.text();
        if (language.equals("uz")) {
            UzbekStyle.check(text).forEach(finding -> warnings.add(
                    new ContentProblem(new Source(file, value.lineOfTextLine(finding.line())), finding.message())));
        }
        return text;
    }

    /** The file line of a line of this node's text: block scalars keep their lines, other texts are folded. */
    private int lineOfTextLine(int textLine) {
        var start = node.getStartMark().getLine() + 1;
        return node instanceof ScalarNode scalar && scalar.getScalarStyle() == ScalarStyle.LITERAL ? start + 1 + textLine : start;
    }

    List<YamlNode> list() {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(item -> new YamlNode(item, file, problems, warnings)).toList();
        }
        if (!(node instanceof ScalarNode scalar && scalar.getValue().isEmpty())) {
            problem("expected a list");
        }
        return List.of();
    }

    List<YamlNode> list(String key) {
        return required(key).list();
    }

    List<YamlNode> optionalList(String key) {
        return get(key).map(YamlNode::list).orElse(List.of());
    }

    List<String> texts(String key) {
        return optionalList(key).stream().map(YamlNode::text).toList();
    }

    /** The slug of an item: lowercase letters, digits and single hyphens. */
    String slug(String key) {
        var slug = text(key);
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            required(key).problem("'" + slug + "' is not a valid slug (lowercase a-z, 0-9 and '-')");
        }
        return slug;
    }
}
