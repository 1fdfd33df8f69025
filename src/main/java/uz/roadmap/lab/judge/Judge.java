package uz.roadmap.lab.judge;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.curriculum.Content.Lab;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.lab.Judgement;
import uz.roadmap.lab.PlanNode;
import uz.roadmap.lab.Verdict;
import uz.roadmap.lab.judge.Execution.Failed;
import uz.roadmap.lab.judge.Execution.Outcome;
import uz.roadmap.lab.judge.Execution.Rows;
import uz.roadmap.lab.judge.Execution.TimedOut;
import uz.roadmap.lab.judge.Execution.TooLarge;
import uz.roadmap.lab.judge.Guard.Allowed;
import uz.roadmap.lab.judge.Guard.Refused;
import uz.roadmap.shared.LocalizedText;

/**
 * Judging a submission: the guard, then the query on the visible dataset and on every hidden variant
 * against the reference's result, then (EXPLAIN labs) the learner's indexes and the plan in a copy of
 * the dataset of its own. Also runs a query ungraded, for the lab page's Run.
 */
public class Judge {

    /** The most rows Run shows. */
    public static final int RUN_ROWS = 100;

    private static final Locale UZBEK = Locale.of("uz");

    /** Seconds a reference query may run: it is trusted, and runs once per dataset variant. */
    private static final int REFERENCE_TIMEOUT = 60;

    private final Sandbox sandbox;
    private final Curriculum curriculum;
    private final LabsProperties properties;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Map<String, Reference> references = new ConcurrentHashMap<>();
    private final Map<String, Long> referenceBuffers = new ConcurrentHashMap<>();

    public Judge(Sandbox sandbox, Curriculum curriculum, LabsProperties properties, MessageSource messages, JsonMapper json) {
        this.sandbox = sandbox;
        this.curriculum = curriculum;
        this.properties = properties;
        this.messages = messages;
        this.json = json;
    }

    /** The reference's result on one variant, and its sort keys. */
    private record Reference(ResultTable table, Optional<List<Integer>> orderKeys) {
    }

    /** A dataset's scripts: the one that builds it and the one that makes a hidden variant of it. */
    private record Dataset(String name, String script, String variantScript) {
    }

    /** Judges a submission to a lab. */
    public Judgement judge(String roadmap, Lab lab, String sql) throws SQLException {
        var checked = Guard.check(sql, lab.explain());
        if (checked instanceof Refused(var reason, var detail)) {
            return Judgement.of(Verdict.REJECTED, text("lab.rejected." + reason, detail));
        }
        var allowed = (Allowed) checked;
        var dataset = dataset(roadmap, lab.dataset());
        var variants = dataset.variantScript().isEmpty() ? 0 : properties.hiddenVariants();
        for (var variant = 0; variant <= variants; variant++) {
            var database = sandbox.database(dataset.name(), dataset.script(), dataset.variantScript(), variant);
            var reference = reference(roadmap, lab, dataset, database);
            var outcome = run(database, allowed.query().text(), properties.maxRows());
            if (!(outcome instanceof Rows(var received))) {
                return failure(outcome);
            }
            var comparison = Grader.compare(reference.table(), received, lab.ordered(), reference.orderKeys(), lab.namedColumns());
            var wrong = wrong(comparison, variant);
            if (wrong != null) {
                return wrong;
            }
        }
        if (lab.ordered() && !allowed.query().ordersItsResult()) {
            return Judgement.of(Verdict.WRONG_ANSWER, text("lab.wrong.no-order-by"));
        }
        if (lab.explain()) {
            return plan(roadmap, lab, dataset, allowed);
        }
        return Judgement.of(Verdict.ACCEPTED, text("lab.accepted", variants));
    }

    /**
     * What is wrong with a lab's reference, if anything: it must run on the visible dataset and on
     * every hidden variant, give a non-empty result on the visible one, and give the same result
     * (in an ordered lab: the same order, up to ties on its sort keys) when the planner takes other
     * paths, so that no row's place or presence depends on a plan; an ordered lab's reference orders
     * its result, and an EXPLAIN lab's reference solution creates its indexes.
     */
    public List<String> referenceProblems(String roadmap, Lab lab) throws SQLException {
        var problems = new ArrayList<String>();
        var statement = onlyQuery(lab.reference());
        if (lab.ordered() && !statement.ordersItsResult()) {
            problems.add("the lab is ordered but its reference has no ORDER BY of its own");
        }
        if (lab.explain() && lab.referenceSetup() == null) {
            problems.add("an EXPLAIN lab needs the reference solution's indexes (plan.reference_setup)");
        }
        var dataset = dataset(roadmap, lab.dataset());
        if (dataset.variantScript().isEmpty()) {
            problems.add("the dataset " + lab.dataset() + " has no hidden variants (datasets/" + lab.dataset() + ".variant.sql)");
        }
        var variants = dataset.variantScript().isEmpty() ? 0 : properties.hiddenVariants();
        for (var variant = 0; variant <= variants; variant++) {
            var database = sandbox.database(dataset.name(), dataset.script(), dataset.variantScript(), variant);
            var name = variant == 0 ? "the visible dataset" : "hidden variant " + variant;
            var planned = run(database, statement.text(), Integer.MAX_VALUE - 1, REFERENCE_TIMEOUT);
            var otherPlan = run(database, statement.text(), Integer.MAX_VALUE - 1, REFERENCE_TIMEOUT, OTHER_PLANS);
            if (!(planned instanceof Rows(var table)) || !(otherPlan instanceof Rows(var other))) {
                problems.add("the reference fails on " + name + ": " + (planned instanceof Rows ? otherPlan : planned));
                continue;
            }
            if (variant == 0 && table.rows().isEmpty()) {
                problems.add("the reference returns no rows on the visible dataset");
            }
            var keys = Grader.orderKeys(statement, table.columns());
            if (!(Grader.compare(table, other, lab.ordered(), keys, false) instanceof Grader.Same)) {
                problems.add("the reference is not deterministic on " + name
                        + ": another plan gives other rows or another order (ties at a LIMIT, or an ORDER BY that is not total)");
            }
        }
        if (lab.explain() && lab.referenceSetup() != null) {
            referenceBuffers(roadmap, lab, dataset);
        }
        return problems;
    }

    /** Planner settings that make a query take other paths: sort-based grouping, no hash joins, little memory. */
    private static final List<String> OTHER_PLANS = List.of("SET enable_hashagg = off", "SET enable_hashjoin = off",
            "SET enable_incremental_sort = off", "SET work_mem = '64kB'", "SET enable_memoize = off");

    /** What Run shows: the query's result on the visible dataset, at most {@value #RUN_ROWS} rows, or why there is none. */
    public sealed interface Ran {
    }

    public record Shown(ResultTable table, boolean more) implements Ran {
    }

    public record NotShown(Judgement why) implements Ran {
    }

    /** Runs a query ungraded on the visible dataset (an EXPLAIN lab's indexes are not created). */
    public Ran run(String roadmap, Lab lab, String sql) throws SQLException {
        var checked = Guard.check(sql, lab.explain());
        if (checked instanceof Refused(var reason, var detail)) {
            return new NotShown(Judgement.of(Verdict.REJECTED, text("lab.rejected." + reason, detail)));
        }
        var dataset = dataset(roadmap, lab.dataset());
        var database = sandbox.database(dataset.name(), dataset.script(), dataset.variantScript(), 0);
        var outcome = run(database, ((Allowed) checked).query().text(), RUN_ROWS);
        if (outcome instanceof TooLarge(var rows) && rows) {
            outcome = run(database, "SELECT * FROM (" + ((Allowed) checked).query().text() + "\n) AS shown LIMIT " + RUN_ROWS,
                    RUN_ROWS);
            if (outcome instanceof Rows(var table)) {
                return new Shown(table, true);
            }
        }
        if (outcome instanceof Rows(var table)) {
            return new Shown(table, false);
        }
        return new NotShown(failure(outcome));
    }

    /** The tables of a lab's dataset: columns, types and row counts. */
    public List<Table> schema(String roadmap, Lab lab) throws SQLException {
        var dataset = dataset(roadmap, lab.dataset());
        var database = sandbox.database(dataset.name(), dataset.script(), dataset.variantScript(), 0);
        var tables = new ArrayList<Table>();
        try (var admin = sandbox.admin(database); var statement = admin.createStatement(); var rows = statement.executeQuery("""
                SELECT n.nspname, c.relname, c.reltuples::bigint,
                       (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                        FROM pg_attribute AS a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)
                FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
                WHERE c.relkind = 'r' AND n.nspowner = 'lab_owner'::regrole
                ORDER BY n.nspname, c.relname""")) {
            while (rows.next()) {
                var columns = new ArrayList<Column>();
                for (var column : rows.getString(4).split(", ")) {
                    var space = column.indexOf(' ');
                    columns.add(new Column(column.substring(0, space), column.substring(space + 1)));
                }
                tables.add(new Table(rows.getString(1) + "." + rows.getString(2), rows.getLong(3), columns));
            }
        }
        return tables;
    }

    /** A dataset table as the lab page shows it. */
    public record Table(String name, long rows, List<Column> columns) {
    }

    public record Column(String name, String type) {
    }

    // --- results

    private Outcome run(String database, String sql, int maxRows) throws SQLException {
        return run(database, sql, maxRows, properties.timeoutSeconds());
    }

    private Outcome run(String database, String sql, int maxRows, int timeoutSeconds) throws SQLException {
        return run(database, sql, maxRows, timeoutSeconds, List.of());
    }

    private Outcome run(String database, String sql, int maxRows, int timeoutSeconds, List<String> settings) throws SQLException {
        try (var connection = sandbox.learner(database)) {
            try (var statement = connection.createStatement()) {
                if (timeoutSeconds > properties.timeoutSeconds()) {
                    // only the judge's own queries get longer than the learner role's statement_timeout
                    statement.execute("SET statement_timeout = " + timeoutSeconds * 1000L);
                }
                for (var setting : settings) {
                    statement.execute(setting);
                }
            }
            return Execution.run(connection, sql, timeoutSeconds, maxRows, properties.maxOutputBytes());
        }
        catch (SQLException failure) {
            if ("57014".equals(failure.getSQLState())) {
                return new TimedOut(false);
            }
            throw failure;
        }
    }

    private Reference reference(String roadmap, Lab lab, Dataset dataset, String database) throws SQLException {
        var key = database + "\n" + lab.reference();
        var known = references.get(key);
        if (known != null) {
            return known;
        }
        var statement = onlyQuery(lab.reference());
        // a reference is trusted and runs once per variant: it may take longer than a submission, on a busy machine
        var outcome = run(database, statement.text(), Integer.MAX_VALUE - 1, REFERENCE_TIMEOUT);
        if (!(outcome instanceof Rows(var table))) {
            throw new IllegalStateException("the reference of a lab in " + roadmap + " failed on " + database + ": " + outcome);
        }
        var reference = new Reference(table, Grader.orderKeys(statement, table.columns()));
        references.put(key, reference);
        return reference;
    }

    private static SqlText.Statement onlyQuery(String sql) {
        if (!(Guard.check(sql, false) instanceof Allowed(var indexes, var query))) {
            throw new IllegalStateException("a lab's reference is not one query: " + sql);
        }
        return query;
    }

    private @Nullable Judgement wrong(Grader.Comparison comparison, int variant) {
        return switch (comparison) {
            case Grader.Same same -> null;
            case Grader.OtherColumns(var expected, var received) -> Judgement.of(Verdict.WRONG_ANSWER,
                    text("lab.wrong.columns", expected.size(), received.size(), String.join(", ", received)));
            case Grader.OtherRows(var expected, var received, var missing, var extra) -> variant == 0
                    ? new Judgement(Verdict.WRONG_ANSWER, text("lab.wrong.rows", expected, received), expected, received, missing,
                            extra, null, null, null, 0, 0)
                    : Judgement.of(Verdict.WRONG_ANSWER, text("lab.wrong.hidden"));
            case Grader.OtherOrder(var row) -> variant == 0 ? Judgement.of(Verdict.WRONG_ANSWER, text("lab.wrong.order", row))
                    : Judgement.of(Verdict.WRONG_ANSWER, text("lab.wrong.hidden"));
        };
    }

    private Judgement failure(Outcome outcome) {
        return switch (outcome) {
            case Failed(var state, var message, var position) -> new Judgement(Verdict.SQL_ERROR,
                    text("lab.sql-error", message), -1, -1, List.of(), List.of(), message, position, null, 0, 0);
            case TimedOut(var resource) -> Judgement.of(Verdict.TIME_LIMIT,
                    resource ? text("lab.time-limit.resources") : text("lab.time-limit", properties.timeoutSeconds()));
            case TooLarge(var rows) -> Judgement.of(Verdict.OUTPUT_LIMIT,
                    rows ? text("lab.output-limit.rows", properties.maxRows()) : text("lab.output-limit.bytes",
                            properties.maxOutputBytes() / 1_000_000));
            case Rows rows -> throw new IllegalArgumentException("not a failure");
        };
    }

    // --- plans

    private Judgement plan(String roadmap, Lab lab, Dataset dataset, Allowed allowed) throws SQLException {
        var allowedBuffers = (long) Math.ceil(referenceBuffers(roadmap, lab, dataset) * lab.maxBuffersFactor());
        var explained = explain(dataset, allowed.indexes(), allowed.query().text());
        if (explained instanceof Judgement failed) {
            return failed;
        }
        var root = (JsonNode) explained;
        var broken = new ArrayList<String>();
        var plan = node(root, lab, broken);
        for (var required : lab.requiredPlanNodes()) {
            if (!contains(plan, required)) {
                broken.add(required);
                return new Judgement(Verdict.WRONG_ANSWER, text("lab.plan.missing", required), -1, -1, List.of(), List.of(), null,
                        null, plan, plan.buffers(), allowedBuffers);
            }
        }
        if (!broken.isEmpty()) {
            return new Judgement(Verdict.WRONG_ANSWER, text("lab.plan.forbidden", broken.getFirst()), -1, -1, List.of(), List.of(),
                    null, null, plan, plan.buffers(), allowedBuffers);
        }
        if (plan.buffers() > allowedBuffers) {
            return new Judgement(Verdict.WRONG_ANSWER, text("lab.plan.buffers", plan.buffers(), allowedBuffers), -1, -1, List.of(),
                    List.of(), null, null, mark(plan), plan.buffers(), allowedBuffers);
        }
        return new Judgement(Verdict.ACCEPTED, text("lab.plan.accepted", plan.buffers(), allowedBuffers), -1, -1, List.of(),
                List.of(), null, null, plan, plan.buffers(), allowedBuffers);
    }

    private long referenceBuffers(String roadmap, Lab lab, Dataset dataset) throws SQLException {
        var key = dataset.name() + "\n" + lab.referenceSetup() + "\n" + lab.reference();
        var known = referenceBuffers.get(key);
        if (known != null) {
            return known;
        }
        var setup = lab.referenceSetup() == null ? "" : lab.referenceSetup();
        var checked = Guard.check(setup + "\n;\n" + lab.reference(), true);
        if (!(checked instanceof Allowed(var indexes, var query))) {
            throw new IllegalStateException("a lab's reference setup and query are not allowed: " + checked);
        }
        var explained = explain(dataset, indexes, query.text());
        if (!(explained instanceof JsonNode plan)) {
            throw new IllegalStateException("the reference plan of a lab in " + roadmap + " failed: " + explained);
        }
        var buffers = buffers(plan);
        referenceBuffers.put(key, buffers);
        return buffers;
    }

    /** The plan's JSON, or a judgement when an index or the query failed. */
    private Object explain(Dataset dataset, List<String> indexes, String query) throws SQLException {
        var copy = sandbox.copy(dataset.name(), dataset.script(), dataset.variantScript());
        try {
            if (!indexes.isEmpty()) {
                try (var owner = sandbox.owner(copy); var statement = owner.createStatement()) {
                    statement.setQueryTimeout(properties.timeoutSeconds() * 3);
                    statement.execute("SET statement_timeout = " + properties.timeout().toMillis() * 3);
                    for (var index : indexes) {
                        statement.execute(index);
                    }
                }
                catch (SQLException failure) {
                    return failure(Execution.failed(failure));
                }
            }
            // the plan as it is once the tables are warm: run the query once before explaining it
            run(copy, query, properties.maxRows());
            var outcome = run(copy, "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + query, 1);
            if (!(outcome instanceof Rows(var table))) {
                return failure(outcome);
            }
            var text = String.valueOf(table.rows().getFirst().getFirst());
            return json.readTree(text).get(0).get("Plan");
        }
        finally {
            sandbox.drop(copy);
        }
    }

    private static long buffers(JsonNode plan) {
        return plan.path("Shared Hit Blocks").asLong(0) + plan.path("Shared Read Blocks").asLong(0);
    }

    private static PlanNode node(JsonNode plan, Lab lab, List<String> broken) {
        var children = new ArrayList<PlanNode>();
        for (var child : plan.path("Plans")) {
            children.add(node(child, lab, broken));
        }
        var type = plan.path("Node Type").asString("");
        var relation = plan.hasNonNull("Relation Name") ? plan.get("Relation Name").asString() : null;
        var index = plan.hasNonNull("Index Name") ? plan.get("Index Name").asString() : null;
        var label = relation == null ? type : type + " on " + relation;
        var offending = lab.forbiddenPlanNodes().contains(label) || lab.forbiddenPlanNodes().contains(type);
        if (offending) {
            broken.add(label);
        }
        var rows = plan.path("Actual Rows").asLong(0) * Math.max(1, plan.path("Actual Loops").asLong(1));
        return new PlanNode(type, relation, index, rows, buffers(plan), offending, children);
    }

    private static boolean contains(PlanNode node, String label) {
        return node.label().equals(label) || node.type().equals(label) || node.children().stream().anyMatch(child -> contains(child, label));
    }

    /** The plan with the node that did the most work of its own marked. */
    private static PlanNode mark(PlanNode plan) {
        var heaviest = heaviest(plan);
        return marked(plan, heaviest);
    }

    private static PlanNode heaviest(PlanNode node) {
        var heaviest = node;
        var own = own(node);
        for (var child : node.children()) {
            var candidate = heaviest(child);
            if (own(candidate) > own) {
                heaviest = candidate;
                own = own(candidate);
            }
        }
        return heaviest;
    }

    private static long own(PlanNode node) {
        return node.buffers() - node.children().stream().mapToLong(PlanNode::buffers).sum();
    }

    private static PlanNode marked(PlanNode node, PlanNode target) {
        return new PlanNode(node.type(), node.relation(), node.index(), node.rows(), node.buffers(), node == target || node.offending(),
                node.children().stream().map(child -> marked(child, target)).toList());
    }

    // --- datasets and texts

    private Dataset dataset(String roadmap, String name) {
        var script = curriculum.datasetFile(roadmap, name + ".sql")
                .orElseThrow(() -> new IllegalStateException("the dataset " + name + " of " + roadmap + " is missing"));
        return new Dataset(name, script, curriculum.datasetFile(roadmap, name + ".variant.sql").orElse(""));
    }

    /** A message of the lab bundle in both languages. */
    public LocalizedText text(String key, Object... arguments) {
        return new LocalizedText(messages.getMessage(key, arguments, UZBEK), messages.getMessage(key, arguments, Locale.ENGLISH));
    }
}
