package uz.roadmap.lab.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import uz.roadmap.lab.judge.Grader.OtherColumns;
import uz.roadmap.lab.judge.Grader.OtherOrder;
import uz.roadmap.lab.judge.Grader.OtherRows;
import uz.roadmap.lab.judge.Grader.Same;
import uz.roadmap.lab.judge.ResultTable.Column;

/** The grader's fairness rules, one by one. */
class GraderTests {

    static final Column NAME = new Column("name", "text", false, false);
    static final Column PRICE = new Column("price", "numeric", true, false);
    static final Column RATIO = new Column("ratio", "float8", true, true);

    @Test
    void comparesRowsAsMultisetsCountingDuplicates() {
        var expected = table(List.of(NAME), row("a"), row("a"), row("b"));

        assertThat(compare(expected, table(List.of(NAME), row("b"), row("a"), row("a")), false)).isInstanceOf(Same.class);
        assertThat(compare(expected, table(List.of(NAME), row("a"), row("b"), row("b")), false))
                .isEqualTo(new OtherRows(3, 3, List.of(List.of("a")), List.of(List.of("b"))));
        assertThat(compare(expected, table(List.of(NAME), row("a"), row("b")), false)).isInstanceOf(OtherRows.class);
    }

    @Test
    void columnOrderAndNamesAreFreeUnlessTheLabAsksForNames() {
        var expected = table(List.of(NAME, PRICE), row("a", num("2.50")), row("b", num("3")));
        var reordered = table(List.of(new Column("cost", "numeric", true, false), new Column("title", "text", false, false)),
                row(num("3.00"), "b"), row(num("2.5"), "a"));

        assertThat(compare(expected, reordered, false)).isInstanceOf(Same.class);
        assertThat(Grader.compare(expected, reordered, false, Optional.empty(), true)).isInstanceOf(OtherColumns.class);
        assertThat(compare(expected, table(List.of(NAME), row("a"), row("b")), false)).isInstanceOf(OtherColumns.class);
    }

    @Test
    void comparesNumbersByValueAndFloatingPointWithATolerance() {
        var expected = table(List.of(RATIO), row(num("0.3")), row(num("1")));
        var received = table(List.of(RATIO), row(new BigDecimal(0.1 + 0.2)), row(num("1.0000")));

        assertThat(compare(expected, received, false)).isInstanceOf(Same.class);
        assertThat(compare(expected, table(List.of(RATIO), row(num("0.31")), row(num("1"))), false)).isInstanceOf(OtherRows.class);
    }

    @Test
    void nullEqualsOnlyNull() {
        var expected = table(List.of(NAME), row((Object) null));

        assertThat(compare(expected, table(List.of(NAME), row((Object) null)), false)).isInstanceOf(Same.class);
        assertThat(compare(expected, table(List.of(NAME), row("NULL")), false)).isInstanceOf(OtherRows.class);
    }

    @Test
    void inAnOrderedLabRowsThatTieOnTheSortKeysMayComeInAnyOrder() throws Exception {
        var reference = SqlText.statements("SELECT name, price FROM p ORDER BY price DESC").getFirst();
        var expected = table(List.of(NAME, PRICE), row("a", num("3")), row("b", num("3")), row("c", num("1")));
        var keys = Grader.orderKeys(reference, expected.columns());

        assertThat(keys).contains(List.of(1));
        assertThat(Grader.compare(expected, table(List.of(NAME, PRICE), row("b", num("3")), row("a", num("3")), row("c", num("1"))),
                true, keys, false)).isInstanceOf(Same.class);
        assertThat(Grader.compare(expected, table(List.of(NAME, PRICE), row("c", num("1")), row("a", num("3")), row("b", num("3"))),
                true, keys, false)).isEqualTo(new OtherOrder(1));
    }

    @Test
    void whenTheSortKeysAreNotAmongTheColumnsEveryRowsPlaceCounts() throws Exception {
        var reference = SqlText.statements("SELECT name FROM p ORDER BY created_at, p.id LIMIT 3").getFirst();
        var expected = table(List.of(NAME), row("a"), row("b"));

        assertThat(Grader.orderKeys(reference, expected.columns())).isEmpty();
        assertThat(Grader.compare(expected, table(List.of(NAME), row("b"), row("a")), true, Optional.empty(), false))
                .isEqualTo(new OtherOrder(1));
    }

    @Test
    void comparesEveryRowNotJustTheFirstHundred() {
        var expected = new ArrayList<List<@Nullable Object>>();
        var received = new ArrayList<List<@Nullable Object>>();
        for (var index = 0; index < 5000; index++) {
            expected.add(row(num(String.valueOf(index))));
            received.add(row(num(String.valueOf(index == 4999 ? -1 : index))));
        }

        assertThat(compare(new ResultTable(List.of(PRICE), expected), new ResultTable(List.of(PRICE), received), false))
                .isInstanceOf(OtherRows.class);
    }

    static Grader.Comparison compare(ResultTable expected, ResultTable received, boolean ordered) {
        return Grader.compare(expected, received, ordered, Optional.empty(), false);
    }

    @SafeVarargs
    static ResultTable table(List<Column> columns, List<@Nullable Object>... rows) {
        return new ResultTable(columns, Arrays.asList(rows));
    }

    static List<@Nullable Object> row(@Nullable Object... values) {
        return Arrays.asList(values);
    }

    static BigDecimal num(String value) {
        return new BigDecimal(value);
    }
}
