package uz.roadmap.lab.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uz.roadmap.lab.judge.SqlText.Statement;
import uz.roadmap.lab.judge.SqlText.Token;

/**
 * The judge's first line of defence: what a submission may be before it reaches the sandbox. Exactly
 * one query that starts with SELECT, WITH, VALUES or TABLE; for an EXPLAIN lab, up to
 * {@value #MAX_INDEXES} {@code CREATE INDEX} statements before it. Anything else (a second query, a
 * write, a setting, a transaction command, a locking clause, SELECT INTO) is refused here, whatever
 * the sandbox's own privileges would have done with it. Plain Java, no database.
 */
public final class Guard {

    /** The most characters a submission may have. */
    public static final int MAX_LENGTH = 10_000;

    /** The most indexes an EXPLAIN lab's submission may create. */
    public static final int MAX_INDEXES = 3;

    private static final Set<String> QUERY_STARTS = Set.of("select", "with", "values", "table");

    /** Words that make a query write, lock or create something, wherever they stand as a clause. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "merge");

    private Guard() {
    }

    /** What the guard made of a submission. */
    public sealed interface Checked {
    }

    /** Allowed: the index statements to run first (EXPLAIN labs only) and the query. */
    public record Allowed(List<String> indexes, Statement query) implements Checked {
    }

    /** Refused, with the reason (a {@code lab.rejected.*} message key) and what it concerns. */
    public record Refused(String reason, String detail) implements Checked {
    }

    public static Checked check(String sql, boolean indexesAllowed) {
        if (sql.length() > MAX_LENGTH) {
            return new Refused("too-long", String.valueOf(MAX_LENGTH));
        }
        List<Statement> statements;
        try {
            statements = SqlText.statements(sql);
        }
        catch (SqlText.Unreadable unreadable) {
            return new Refused("unreadable", unreadable.getMessage());
        }
        if (statements.isEmpty()) {
            return new Refused("empty", "");
        }
        var indexes = new ArrayList<String>();
        for (var statement : statements.subList(0, statements.size() - 1)) {
            if (!indexesAllowed || !statement.startsWith("create")) {
                return new Refused(indexesAllowed ? "index-then-query" : "one-statement", String.valueOf(statements.size()));
            }
            var problem = indexProblem(statement);
            if (problem != null) {
                return problem;
            }
            indexes.add(statement.text());
        }
        if (indexes.size() > MAX_INDEXES) {
            return new Refused("too-many-indexes", String.valueOf(MAX_INDEXES));
        }
        var query = statements.getLast();
        var problem = queryProblem(query);
        return problem != null ? problem : new Allowed(List.copyOf(indexes), query);
    }

    private static Refused queryProblem(Statement query) {
        var tokens = query.tokens();
        var first = tokens.stream().filter(token -> !token.isSymbol("(")).findFirst().orElse(tokens.getFirst());
        if (!QUERY_STARTS.contains(first.value()) || first.kind() != SqlText.Kind.WORD) {
            return new Refused("not-a-query", first.value());
        }
        for (var index = 0; index < tokens.size(); index++) {
            var token = tokens.get(index);
            if (token.kind() != SqlText.Kind.WORD) {
                continue;
            }
            var previous = index > 0 ? tokens.get(index - 1) : null;
            var next = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
            // a data-modifying common table expression: WITH x AS (DELETE …)
            if (WRITES.contains(token.value()) && previous != null && (previous.isSymbol("(") || previous.is("as"))) {
                return new Refused("writes", token.value());
            }
            // SELECT … INTO creates a table
            if (token.is("into")) {
                return new Refused("writes", token.value());
            }
            // FOR UPDATE / FOR SHARE / FOR NO KEY UPDATE / FOR KEY SHARE lock rows
            if (token.is("for") && next != null && (next.is("update") || next.is("share") || next.is("no") || next.is("key"))) {
                return new Refused("locks", "for " + next.value());
            }
        }
        return null;
    }

    /** {@code CREATE [UNIQUE] INDEX [IF NOT EXISTS] [name] ON [ONLY] table [USING method] (…) [INCLUDE (…)] [WHERE …]}. */
    private static Refused indexProblem(Statement statement) {
        var tokens = statement.tokens();
        var index = 1;
        if (at(tokens, index, "unique")) {
            index++;
        }
        if (!at(tokens, index, "index")) {
            return new Refused("only-indexes", statement.first().value());
        }
        for (var token : tokens) {
            if (token.kind() == SqlText.Kind.WORD && token.depth() == 0
                    && Set.of("concurrently", "tablespace", "with").contains(token.value())) {
                return new Refused("index-option", token.value());
            }
        }
        index++;
        if (at(tokens, index, "if")) {
            index += 3;
        }
        if (index < tokens.size() && !at(tokens, index, "on")) {
            index++;
        }
        if (!at(tokens, index, "on")) {
            return new Refused("only-indexes", "create index");
        }
        return null;
    }

    private static boolean at(List<Token> tokens, int index, String word) {
        return index < tokens.size() && tokens.get(index).is(word);
    }
}
