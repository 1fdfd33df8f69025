package uz.roadmap.lab.judge;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import uz.roadmap.lab.judge.ResultTable.Column;
import uz.roadmap.lab.judge.SqlText.Statement;

/**
 * Compares a submission's result with the reference's, by the rules a learner can trust:
 * <ul>
 * <li>rows as multisets (duplicates counted), unless the lab says order matters; then only the order
 * the reference's ORDER BY defines counts: rows that tie on its sort keys may come in any order;</li>
 * <li>column order free; column names free unless the lab asks for them;</li>
 * <li>numbers by value (2.50 = 2.5); floating point to {@value #FLOAT_DIGITS} significant digits;</li>
 * <li>NULL equal only to NULL; every row compared.</li>
 * </ul>
 * Plain Java, no database.
 */
public final class Grader {

    /** Significant digits floating-point values are compared to. */
    static final int FLOAT_DIGITS = 9;

    /** How many missing or extra rows a verdict shows. */
    static final int SHOWN_ROWS = 5;

    private Grader() {
    }

    /** The comparison's outcome. */
    public sealed interface Comparison {
    }

    /** The same result. */
    public record Same() implements Comparison {
    }

    /** The columns differ in number, or (when names count) in name. */
    public record OtherColumns(List<String> expected, List<String> received) implements Comparison {
    }

    /** Other rows: how many of each, and the first ones missing from and extra in the submission's result. */
    public record OtherRows(int expectedRows, int receivedRows, List<List<String>> missing, List<List<String>> extra)
            implements Comparison {
    }

    /** The same rows in an order the lab does not accept; {@code row} is the first (1-based) out of place. */
    public record OtherOrder(int row) implements Comparison {
    }

    /**
     * Compares.
     *
     * @param orderKeys for an ordered lab, the reference's sort-key columns (indexes into its columns), or
     *        empty when they are not all among its columns, so that every row's place counts
     */
    public static Comparison compare(ResultTable expected, ResultTable received, boolean ordered,
            Optional<List<Integer>> orderKeys, boolean namedColumns) {
        var labels = expected.columns().stream().map(Column::label).toList();
        var receivedLabels = received.columns().stream().map(Column::label).toList();
        if (expected.columns().size() != received.columns().size()) {
            return new OtherColumns(labels, receivedLabels);
        }
        var mapping = namedColumns ? byName(expected, received) : mapping(expected, received);
        if (mapping == null) {
            if (namedColumns) {
                return new OtherColumns(labels, receivedLabels);
            }
            mapping = identity(expected.columns().size());
        }
        var columns = mapping;
        var floating = floating(expected, received, columns);
        var expectedKeys = expected.rows().stream().map(row -> key(row, identity(row.size()), floating)).toList();
        var receivedKeys = received.rows().stream().map(row -> key(row, columns, floating)).toList();
        var difference = difference(expectedKeys, receivedKeys);
        if (difference != null) {
            return difference;
        }
        if (!ordered) {
            return new Same();
        }
        return order(expectedKeys, receivedKeys, orderKeys);
    }

    // --- columns

    private static int[] identity(int size) {
        var identity = new int[size];
        for (var index = 0; index < size; index++) {
            identity[index] = index;
        }
        return identity;
    }

    /** mapping[i] = the received column that holds expected column i, matched by name. */
    private static int @Nullable [] byName(ResultTable expected, ResultTable received) {
        var mapping = new int[expected.columns().size()];
        var used = new boolean[mapping.length];
        for (var index = 0; index < mapping.length; index++) {
            var label = expected.columns().get(index).label().toLowerCase(Locale.ROOT);
            var found = -1;
            for (var candidate = 0; candidate < mapping.length; candidate++) {
                if (!used[candidate] && received.columns().get(candidate).label().toLowerCase(Locale.ROOT).equals(label)) {
                    found = candidate;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            used[found] = true;
            mapping[index] = found;
        }
        return mapping;
    }

    /**
     * A mapping under which the two results have the same rows: by name when the names match, else
     * by position, else any permutation whose columns hold the same values.
     */
    private static int @Nullable [] mapping(ResultTable expected, ResultTable received) {
        var byName = byName(expected, received);
        if (byName != null && sameRows(expected, received, byName)) {
            return byName;
        }
        var identity = identity(expected.columns().size());
        if (sameRows(expected, received, identity)) {
            return identity;
        }
        var size = identity.length;
        var expectedSignatures = new ArrayList<Map<Object, Integer>>();
        var receivedSignatures = new ArrayList<Map<Object, Integer>>();
        for (var column = 0; column < size; column++) {
            expectedSignatures.add(signature(expected, column));
            receivedSignatures.add(signature(received, column));
        }
        var candidates = new ArrayList<List<Integer>>();
        for (var column = 0; column < size; column++) {
            var fitting = new ArrayList<Integer>();
            for (var other = 0; other < size; other++) {
                if (expectedSignatures.get(column).equals(receivedSignatures.get(other))) {
                    fitting.add(other);
                }
            }
            if (fitting.isEmpty()) {
                return byName;
            }
            candidates.add(fitting);
        }
        var mapping = new int[size];
        var tries = new int[] { 10_000 };
        return search(expected, received, candidates, 0, mapping, new boolean[size], tries) ? mapping : byName;
    }

    private static boolean search(ResultTable expected, ResultTable received, List<List<Integer>> candidates, int column,
            int[] mapping, boolean[] used, int[] tries) {
        if (column == mapping.length) {
            return --tries[0] >= 0 && sameRows(expected, received, mapping);
        }
        for (var candidate : candidates.get(column)) {
            if (!used[candidate]) {
                used[candidate] = true;
                mapping[column] = candidate;
                if (search(expected, received, candidates, column + 1, mapping, used, tries)) {
                    return true;
                }
                used[candidate] = false;
            }
        }
        return false;
    }

    private static Map<Object, Integer> signature(ResultTable table, int column) {
        var counts = new HashMap<Object, Integer>();
        for (var row : table.rows()) {
            counts.merge(loose(row.get(column)), 1, Integer::sum);
        }
        return counts;
    }

    private static Object loose(@Nullable Object value) {
        if (value == null) {
            return Null.NULL;
        }
        return value instanceof BigDecimal number ? round(number) : value;
    }

    private static boolean sameRows(ResultTable expected, ResultTable received, int[] mapping) {
        var floating = floating(expected, received, mapping);
        var expectedKeys = expected.rows().stream().map(row -> key(row, identity(row.size()), floating)).toList();
        var receivedKeys = received.rows().stream().map(row -> key(row, mapping, floating)).toList();
        return difference(expectedKeys, receivedKeys) == null;
    }

    private static boolean[] floating(ResultTable expected, ResultTable received, int[] mapping) {
        var floating = new boolean[mapping.length];
        for (var column = 0; column < mapping.length; column++) {
            floating[column] = expected.columns().get(column).floating() || received.columns().get(mapping[column]).floating();
        }
        return floating;
    }

    // --- rows

    private enum Null {
        NULL
    }

    /** A row's values in the expected column order, numbers canonical: exact ones by value, floating ones rounded. */
    private record Key(List<Object> values, List<@Nullable Object> row) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && values.equals(key.values);
        }

        @Override
        public int hashCode() {
            return values.hashCode();
        }
    }

    private static Key key(List<@Nullable Object> row, int[] mapping, boolean[] floating) {
        var values = new ArrayList<Object>(mapping.length);
        var shown = new ArrayList<@Nullable Object>(mapping.length);
        for (var column = 0; column < mapping.length; column++) {
            var value = row.get(mapping[column]);
            shown.add(value);
            if (value == null) {
                values.add(Null.NULL);
            }
            else if (value instanceof BigDecimal number) {
                values.add(floating[column] ? round(number) : exact(number));
            }
            else {
                values.add(value);
            }
        }
        return new Key(values, shown);
    }

    private static BigDecimal exact(BigDecimal number) {
        return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    }

    private static BigDecimal round(BigDecimal number) {
        return exact(number.round(new MathContext(FLOAT_DIGITS)));
    }

    private static @Nullable OtherRows difference(List<Key> expected, List<Key> received) {
        var counts = new HashMap<Key, Integer>();
        expected.forEach(key -> counts.merge(key, 1, Integer::sum));
        received.forEach(key -> counts.merge(key, -1, Integer::sum));
        if (counts.values().stream().allMatch(count -> count == 0)) {
            return null;
        }
        var missing = new ArrayList<List<String>>();
        var extra = new ArrayList<List<String>>();
        var left = new HashMap<>(counts);
        for (var key : expected) {
            if (missing.size() < SHOWN_ROWS && left.getOrDefault(key, 0) > 0) {
                missing.add(ResultTable.printed(key.row()));
                left.merge(key, -1, Integer::sum);
            }
        }
        for (var key : received) {
            if (extra.size() < SHOWN_ROWS && left.getOrDefault(key, 0) < 0) {
                extra.add(ResultTable.printed(key.row()));
                left.merge(key, 1, Integer::sum);
            }
        }
        return new OtherRows(expected.size(), received.size(), missing, extra);
    }

    /** The same multiset of rows; checks that they come in tie groups in the reference's order. */
    private static Comparison order(List<Key> expected, List<Key> received, Optional<List<Integer>> orderKeys) {
        var start = 0;
        while (start < expected.size()) {
            var end = start + 1;
            if (orderKeys.isPresent()) {
                while (end < expected.size() && sortKey(expected.get(end), orderKeys.get()).equals(sortKey(expected.get(start), orderKeys.get()))) {
                    end++;
                }
            }
            var group = new HashMap<Key, Integer>();
            for (var index = start; index < end; index++) {
                group.merge(expected.get(index), 1, Integer::sum);
                group.merge(received.get(index), -1, Integer::sum);
            }
            if (!group.values().stream().allMatch(count -> count == 0)) {
                for (var index = start; index < end; index++) {
                    if (!expected.get(index).equals(received.get(index))) {
                        return new OtherOrder(index + 1);
                    }
                }
                return new OtherOrder(start + 1);
            }
            start = end;
        }
        return new Same();
    }

    private static List<Object> sortKey(Key key, List<Integer> columns) {
        return columns.stream().map(column -> key.values().get(column)).toList();
    }

    /**
     * The reference's sort keys as indexes into its columns: each ORDER BY item must name an output
     * column (by label, {@code alias.label} or position); otherwise empty, and every row's place counts.
     */
    public static Optional<List<Integer>> orderKeys(Statement reference, List<Column> columns) {
        var start = reference.orderBy();
        if (start.isEmpty()) {
            return Optional.empty();
        }
        var tokens = reference.tokens();
        var keys = new ArrayList<Integer>();
        var item = new ArrayList<SqlText.Token>();
        for (var index = start.get(); index <= tokens.size(); index++) {
            var token = index < tokens.size() ? tokens.get(index) : null;
            var ends = token == null || (token.depth() == 0 && (token.isSymbol(",") || token.is("limit") || token.is("offset")
                    || token.is("fetch") || token.is("for")));
            if (!ends) {
                item.add(token);
                continue;
            }
            var key = column(item, columns);
            if (key == null) {
                return Optional.empty();
            }
            keys.add(key);
            item.clear();
            if (token == null || !token.isSymbol(",")) {
                break;
            }
        }
        return Optional.of(keys);
    }

    private static @Nullable Integer column(List<SqlText.Token> item, List<Column> columns) {
        var tokens = new ArrayList<>(item);
        // drop ASC / DESC / NULLS FIRST / NULLS LAST
        while (!tokens.isEmpty() && List.of("asc", "desc", "first", "last", "nulls").contains(tokens.getLast().value())
                && tokens.getLast().kind() == SqlText.Kind.WORD) {
            tokens.removeLast();
        }
        if (tokens.size() == 1 && tokens.getFirst().kind() == SqlText.Kind.NUMBER) {
            var position = Integer.parseInt(tokens.getFirst().value()) - 1;
            return position >= 0 && position < columns.size() ? position : null;
        }
        if (tokens.size() == 1 || (tokens.size() == 3 && tokens.get(1).isSymbol("."))) {
            var name = tokens.getLast();
            if (!name.isName()) {
                return null;
            }
            Integer found = null;
            for (var index = 0; index < columns.size(); index++) {
                if (columns.get(index).label().equals(name.value())) {
                    if (found != null) {
                        return null;
                    }
                    found = index;
                }
            }
            return found;
        }
        return null;
    }
}
